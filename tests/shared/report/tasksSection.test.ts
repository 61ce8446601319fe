/**
 * 三 drafted from the plan's stored work items and their progress for the report year (issue 14,
 * item 1): counts and shares per kind, projects' investment, by area and by lead department, the
 * lagging items named, 未填报 never counted as on schedule, one line for a plan without items.
 */
import { describe, expect, it } from 'vitest';
import { asWorkItemId } from '../../../shared/domain/ids';
import type { ProgressStatusOrMissing } from '../../../shared/domain/workItemProgress';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { buildReport } from '../../../shared/report/buildReport';
import type { ReportWorkItem } from '../../../shared/report/reportWorkItem';
import { sectionLines, seedBundle } from './reportFixture';

let next = 0;
const item = (
  kind: ReportWorkItem['kind'],
  area: string,
  leads: readonly string[],
  status: ProgressStatusOrMissing,
  title = `${area}${kind}`,
  investment: { planned?: number; done?: number } = {},
): ReportWorkItem => ({
  itemId: asWorkItemId(`list/${(next += 1)}`),
  kind,
  number: String(next),
  title,
  area,
  leads,
  status,
  plannedInvestment: investment.planned ?? null,
  investmentDone: investment.done ?? null,
});

const ITEMS: ReportWorkItem[] = [
  item('任务', '科技创新', ['市科技局'], '已完成'),
  item('任务', '科技创新', ['市科技局'], '序时推进'),
  item('任务', '科技创新', ['市工信局'], '滞后', '陶瓷产业数字化改造'),
  item('任务', '生态环境', ['市生态环境局'], '未填报'),
  item('工程项目', '专栏2 交通', ['市交通运输局'], '未启动', '景鹰高速景德镇段', {
    planned: 800000,
  }),
  item('工程项目', '专栏2 交通', ['市交通运输局'], '序时推进', '昌江航道', {
    planned: 120000,
    done: 54000,
  }),
  item('工程项目', '专栏3 文化', [], '已完成', '御窑厂遗址保护', { planned: 9000, done: 9000 }),
  item('改革举措', '', [], '已调整'),
];

function reportWith(workItems: readonly ReportWorkItem[]) {
  const bundle = seedBundle('jdz-14');
  const options = { year: 2022, mode: 'midterm' as const };
  return buildReport(bundle, evaluatePlan(bundle, options), { ...options, workItems });
}

describe('tasksBlocks', () => {
  it('counts each kind with shares, investment, areas, departments and the lagging items', () => {
    expect(sectionLines(reportWith(ITEMS), 'tasks')).toEqual([
      '# （一）重点任务推进情况',
      '截至2022年，《纲要》部署的4项重点任务中，2项进展符合预期，占50%（已完成1项、序时推进1项）；滞后1项；1项未填报进展，未计入进展符合预期。分领域看，科技创新（3项中1项）有事项滞后或未启动。分牵头单位看，市工信局有事项滞后或未启动；市科技局牵头的事项均进展符合预期。进展滞后的有：陶瓷产业数字化改造（市工信局）。',
      '# （二）重大工程项目推进情况',
      '截至2022年，《纲要》部署的3项重大工程项目中，2项进展符合预期，占66.7%（已完成1项、序时推进1项）；未启动1项。已填报完成投资的2个项目计划总投资12.9亿元，累计完成投资6.3亿元，占计划投资的48.8%；另有1个项目未填报完成投资。分领域看，专栏2 交通（2项中1项）有事项滞后或未启动；专栏3 文化的事项均进展符合预期。尚未启动的有：景鹰高速景德镇段（市交通运输局）。',
      '# （三）重大改革推进情况',
      '截至2022年，《纲要》部署的1项重大改革中，0项进展符合预期，占0%；已调整1项。',
    ]);
  });

  it('names at most eight groups and items, the rest counted with 等', () => {
    const many = Array.from({ length: 10 }, (_, n) => [
      item('任务', `领域${n + 1}`, [`单位${n + 1}`], '滞后', `任务${n + 1}`),
      item('任务', `领域${n + 1}`, [`单位${n + 1}`], '序时推进'),
    ]).flat();
    const [line] = sectionLines(reportWith(many), 'tasks');
    expect(line).toBe(
      '截至2022年，《纲要》部署的20项重点任务中，10项进展符合预期，占50%（序时推进10项）；滞后10项。分领域看，领域1（2项中1项）、领域2（2项中1项）、领域3（2项中1项）、领域4（2项中1项）、领域5（2项中1项）、领域6（2项中1项）、领域7（2项中1项）、领域8（2项中1项）等10个领域有事项滞后或未启动。分牵头单位看，单位1（2项中1项）、单位2（2项中1项）、单位3（2项中1项）、单位4（2项中1项）、单位5（2项中1项）、单位6（2项中1项）、单位7（2项中1项）、单位8（2项中1项）等10个单位有事项滞后或未启动。进展滞后的有：任务1（单位1）、任务2（单位2）、任务3（单位3）、任务4（单位4）、任务5（单位5）、任务6（单位6）、任务7（单位7）、任务8（单位8）等10项。',
    );
  });

  it('says every item of a kind is 未填报 rather than counting it', () => {
    const items = [item('任务', '', ['市发改委'], '未填报'), item('任务', '', [], '未填报')];
    expect(sectionLines(reportWith(items), 'tasks')).toEqual([
      '截至2022年，《纲要》部署的2项重点任务均未填报进展，暂无法评价推进情况。',
    ]);
  });

  it('says in one line that a plan has no work items', () => {
    expect(sectionLines(reportWith([]), 'tasks')).toEqual([
      '《纲要》确定的重点任务、重大工程项目和重大改革尚未录入，本部分待补充推进情况。',
    ]);
  });

  it('adds the lagging work items to the follow-up table after the indicators', () => {
    const rows = reportWith(ITEMS).followUp.rows;
    expect(rows.slice(-2)).toEqual([
      ['1', '3. 陶瓷产业数字化改造', '市工信局', '倒排工期，加快推进实施', '2025年底前'],
      ['2', '5. 景鹰高速景德镇段', '市交通运输局', '加快前期工作，尽早开工实施', '2025年底前'],
    ]);
  });
});
