import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { buildReport } from '../../../shared/report/buildReport';
import {
  EMPTY_FRAMING,
  formatCutoff,
  readFraming,
  splitDepartments,
} from '../../../shared/report/reportFraming';
import { titleBlockLines } from '../../../shared/report/reportTitle';
import { sectionLines, seedBundle } from './reportFixture';

const FRAMING = {
  ...EMPTY_FRAMING,
  commissioner: '市人民政府',
  scope: '12项市级专项规划',
  cutoffDate: '2023-06-30',
  methods: ['statistics', 'selfAssessment', 'thirdParty'] as const,
  departments: ['市发展改革委', '市统计局', '市财政局'],
  reporter: '市发展改革委主任　张三',
  meeting: '在市十六届人大常委会第十五次会议上',
  reportDate: '2023年8月28日',
};

describe('reportFraming', () => {
  it('drafts 一 from the framing the evaluator filled', () => {
    const bundle = seedBundle('jdz-14');
    const options = { year: 2022, mode: 'midterm' as const };
    const report = buildReport(bundle, evaluatePlan(bundle, options), {
      ...options,
      framing: FRAMING,
    });
    expect(sectionLines(report, 'work')[0]).toBe(
      '根据市人民政府工作部署，对《景德镇市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（以下简称《纲要》）及12项市级专项规划实施情况开展中期评估。评估时段为2021年1月1日至2023年6月30日。评估采取统计数据分析、部门自评估、第三方评估相结合的方式进行。评估过程中，征求了市发展改革委、市统计局、市财政局等3个单位的意见。',
    );
    expect(titleBlockLines(report.framing)).toEqual([
      '（2023年8月28日在市十六届人大常委会第十五次会议上）',
      '市发展改革委主任　张三',
    ]);
  });

  it('names a plan without a place from the framing, and takes a typed title', () => {
    const bundle = seedBundle('jdz-14');
    const nameless = { ...bundle, plan: { ...bundle.plan, region: '' } };
    const options = { year: 2022, mode: 'midterm' as const };
    const evaluation = evaluatePlan(nameless, options);
    const framed = (framing: typeof EMPTY_FRAMING) =>
      buildReport(nameless, evaluation, { ...options, framing }).title;
    expect(framed({ ...EMPTY_FRAMING, region: '浮梁县' })).toBe(
      '浮梁县国民经济和社会发展第十四个五年规划纲要实施中期评估报告',
    );
    expect(framed({ ...EMPTY_FRAMING, title: '关于《纲要》实施情况中期评估的报告' })).toBe(
      '关于《纲要》实施情况中期评估的报告',
    );
  });

  it('reads a stored framing leniently and formats the cut-off', () => {
    expect(readFraming(null)).toEqual(EMPTY_FRAMING);
    expect(
      readFraming({
        reporter: ' 张三 ',
        methods: ['thirdParty', 'guess'],
        departments: ['a', 3, ' '],
      }),
    ).toEqual({ ...EMPTY_FRAMING, reporter: '张三', methods: ['thirdParty'], departments: ['a'] });
    expect(formatCutoff('2023-06-30')).toBe('2023年6月30日');
    expect(formatCutoff('2023年上半年')).toBe('2023年上半年');
    expect(splitDepartments('市统计局、市财政局,\n市商务局；')).toEqual([
      '市统计局',
      '市财政局',
      '市商务局',
    ]);
  });
});
