import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../shared/domain/ids';
import { requiredEffortText, requiredPace } from '../../../shared/report/requiredEffort';
import { jdzMidtermReport } from './reportFixture';

describe('requiredEffortText', () => {
  const report = jdzMidtermReport();
  const entry = (id: string) =>
    report.indicators.find((item) => item.indicator.id === asIndicatorId(id))!;
  const effort = (id: string) =>
    requiredEffortText(entry(id).indicator, entry(id).evaluation, report.plan);

  it('words growth, percentage points and amounts with their units', () => {
    expect(effort('seed-jdz-14/014')).toBe(
      '进出口总额2023—2025年需年均增长7.7%，方可实现86亿元的规划目标',
    );
    expect(effort('seed-jdz-14/013')).toBe(
      '常住人口城镇化率2023—2025年需年均提高1.65个百分点，方可实现五年累计提高3个百分点左右的规划目标',
    );
    expect(effort('seed-jdz-14/009')).toBe(
      '每万人口高价值发明专利拥有量2023—2025年需年均增加0.3件，方可实现8件的规划目标',
    );
    expect(effort('seed-jdz-14/017')).toBe(
      '单位GDP建设用地使用面积降幅2023—2025年需年均下降3.7%，方可实现五年累计降低18～22%的规划目标',
    );
  });

  it('words no pace that points away from the target, nor one for a bound', () => {
    // 基本养老保险参保率: 97.0 against a target of 96.5, the engine still asks for a fall.
    expect(entry('seed-jdz-14/028').evaluation.requiredAnnualChange).toBeLessThan(0);
    expect(
      requiredPace(entry('seed-jdz-14/028').indicator, entry('seed-jdz-14/028').evaluation),
    ).toBeNull();
    expect(effort('seed-jdz-14/028')).toBe('基本养老保险参保率需加快进度，确保实现96.5的规划目标');
    expect(effort('seed-jdz-14/025')).toBe('城镇登记失业率需确保每年不高于4.5%');
    expect(effort('seed-jdz-14/007')).toBe('能源综合生产能力需加大推进力度，确保完成规划目标');
  });
});
