import { asPlanId, makeIndicatorId, type PlanId } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/plan';
import type { PlanBundle } from '../../shared/domain/planBundle';
import { buildEditedIndicator } from '../../shared/importers/buildEditedIndicator';

/** Four real rows of 景德镇's 14th-plan table (source-doc 000, lines 866–880), typed as a user would. */
const ROWS = [
  ['综合质效', '地区生产总值（GDP）（亿元）', '957.14', '1200', '7 左右', '预期性'],
  ['综合质效', '规模以上工业增加值增速（%）', '[7.66]', '--', '7 左右', '预期性'],
  ['创新驱动', '每万人口高价值发明专利拥有量（件）', '5.8', '8', '[2.2]', '预期性'],
  ['民生福祉', '城镇登记失业率（%）', '3.12', '--', '4.5 以内', '约束性'],
] as const;

/** A small real plan bundle for storage tests. */
export function makeJdzPlanBundle(planId: PlanId = asPlanId('test-jdz')): PlanBundle {
  const plan: Plan = {
    id: planId,
    name: '景德镇市国民经济和社会发展第十四个五年规划（测试）',
    region: '景德镇市',
    level: '市',
    periodLabel: '十四五',
    baseYear: 2020,
    targetYear: 2025,
    tableKind: 'main',
    notes: ['2020 年基期值均为预期数', '约束性指标具体数值按省下达任务执行'],
    origin: { type: 'pasted' },
  };
  const indicators = ROWS.map(
    ([category, rawName, baseRaw, targetRaw, growthRaw, attribute], index) =>
      buildEditedIndicator(
        {
          id: makeIndicatorId(planId, index + 1),
          order: index + 1,
          category,
          rawName,
          baseRaw,
          targetRaw,
          growthRaw,
          attribute,
          direction: null,
          departments: index === 0 ? ['市统计局'] : [],
          remarks: '',
        },
        plan,
      ),
  );
  return {
    plan,
    indicators,
    actualValues: [
      {
        indicatorId: makeIndicatorId(planId, 1),
        year: 2021,
        measure: 'value',
        value: 1102.3,
        status: '年报数',
        source: '统计年鉴',
        note: '',
      },
    ],
    officialAssessments: [],
  };
}
