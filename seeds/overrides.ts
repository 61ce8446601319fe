import type { Attribute } from '../shared/domain/indicator';

/** Fields of an indicator row that an override may correct (raw texts; meaning is re-derived). */
export type OverrideFields = {
  readonly name?: string;
  readonly unit?: string;
  readonly category?: string;
  readonly baseRaw?: string;
  readonly targetRaw?: string;
  readonly growthRaw?: string;
  readonly attribute?: Attribute;
};

/** A correction the importer cannot make, keyed by seed key and indicator order. */
export type SeedOverride = {
  readonly seedKey: string;
  readonly order: number;
  /** The name the importer gives this row: a guard, so a shifted table fails instead of misapplying. */
  readonly expectName: string;
  readonly set: OverrideFields;
  /** Short Chinese reason, kept in the indicator's remarks. */
  readonly reason: string;
};

/**
 * Every correction applied to the built-in plans after the importer has run. Each entry cites the
 * source-doc line and says why no general rule could make it. Keep this list short: a correction a
 * rule could make belongs in the importer.
 */
export const SEED_OVERRIDES: readonly SeedOverride[] = [
  // 001 lines 997–1003: the web page lost two empty cells, leaving `67500` and `8.5左右`. The importer
  // must guess base or target and guesses base; 67500 is far above any 2020 urban income of
  // 昌江区 (the 13th-plan table gives 46678 for 2020, 001 line 598), so it is the 2025 target.
  {
    seedKey: 'cj-14',
    order: 22,
    expectName: '城镇居民人均可支配收入',
    set: { baseRaw: '', targetRaw: '67500' },
    reason: '网页原文缺两个空单元格，67500 为 2025 年目标值（2020 年城镇居民收入约 4.7 万元）',
  },
  // 001 lines 1005–1011: same as above; 31570 is far above the 2020 rural income (21888, 001 line 612).
  {
    seedKey: 'cj-14',
    order: 23,
    expectName: '农村居民人均可支配收入',
    set: { baseRaw: '', targetRaw: '31570' },
    reason: '网页原文缺两个空单元格，31570 为 2025 年目标值（2020 年农村居民收入约 2.2 万元）',
  },
  // 001 line 592 and 606: the unit parentheses are empty on the web page (`()`); the same rows of
  // the 14th-plan table (001 lines 997, 1005) are in 元.
  {
    seedKey: 'cj-13c',
    order: 16,
    expectName: '城市居民人均可支配收入',
    set: { unit: '元' },
    reason: '网页原文单位括号为空，按同类指标补为“元”',
  },
  {
    seedKey: 'cj-13c',
    order: 17,
    expectName: '农民人均纯收入',
    set: { unit: '元' },
    reason: '网页原文单位括号为空，按同类指标补为“元”',
  },
  // 000 lines 474–500: the merged group cell 森林发展 is printed once, on its first row; the PDF text
  // keeps no trace of which following rows it spans.
  {
    seedKey: 'jdz-13c',
    order: 27,
    expectName: '森林蓄积量',
    set: { name: '森林发展/森林蓄积量' },
    reason: 'PDF 文本中合并单元格“森林发展”只出现在第一行',
  },
  // 000 lines 518–546: same for the group 空气质量.
  {
    seedKey: 'jdz-13c',
    order: 30,
    expectName: '县级及以上城市空气质量优良天数比率',
    set: { name: '空气质量/县级及以上城市空气质量优良天数比率' },
    reason: 'PDF 文本中合并单元格“空气质量”只出现在第一行',
  },
  // 000 lines 572–598 and 640–651: the group 主要污染物排放量减少 and its merged 2020-target cell
  // 省下达的目标 are printed once, on the COD row (line 582–586); the other three rows lose both.
  {
    seedKey: 'jdz-13c',
    order: 34,
    expectName: '氨氮',
    set: { name: '主要污染物排放量减少/氨氮', targetRaw: '省下达的目标' },
    reason: 'PDF 文本中合并单元格“主要污染物排放量减少”和“省下达的目标”只出现在 COD 行',
  },
  {
    seedKey: 'jdz-13c',
    order: 35,
    expectName: '二氧化硫',
    set: { name: '主要污染物排放量减少/二氧化硫', targetRaw: '省下达的目标' },
    reason: 'PDF 文本中合并单元格“主要污染物排放量减少”和“省下达的目标”只出现在 COD 行',
  },
  {
    seedKey: 'jdz-13c',
    order: 36,
    expectName: '氮氧化物',
    set: { name: '主要污染物排放量减少/氮氧化物', targetRaw: '省下达的目标' },
    reason: 'PDF 文本中合并单元格“主要污染物排放量减少”和“省下达的目标”只出现在 COD 行',
  },
  // 002 line 336: the row has an empty sub-group cell like the 空气质量 rows above it, but 城镇生活污水
  // 集中处理率 is not an air-quality indicator; the extra column is page layout, not membership.
  {
    seedKey: 'fz-13c',
    order: 34,
    expectName: '空气质量/城镇生活污水集中处理率（市中心城区）',
    set: { name: '城镇生活污水集中处理率（市中心城区）' },
    reason: '原表该行的空白分组单元格是版式所致，不属于“空气质量”',
  },
  // 002 line 345: the last row is shifted one column left (name in the category column, verdict in
  // the attribute column), so its sub-group cell (主要污染物排放量减少, line 342) is lost.
  {
    seedKey: 'fz-13c',
    order: 39,
    expectName: '氮氧化物',
    set: { name: '主要污染物排放量减少/氮氧化物' },
    reason: '原表末行整体左移一列，丢失分组“主要污染物排放量减少”',
  },
];
