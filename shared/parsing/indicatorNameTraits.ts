/**
 * Facts read from an indicator's name. DOMAIN.md「What kinds of target there are」:
 * growth-rate indicators (增速), reductions (降幅, 降低), shares and ratios (率, 比重, 比例).
 */

/**
 * The indicator is itself a growth rate: `规模以上工业增加值增速`, `…增长率`, or a name ending in 增长
 * (`居民人均可支配收入增长`, `国内生产总值（GDP）增长`, issue 12 reading 2); not 自然增长率 levels.
 */
export function isGrowthRateName(name: string): boolean {
  if (/自然增长率/.test(name)) return false;
  const bare = name.replace(/[（(][^（）()]*[)）]/g, '').trim();
  return /增速|增长率|年均增长/.test(name) || /(?:增长|增速)$/.test(bare);
}

/** The indicator measures a reduction: `单位 GDP 能源消耗降幅`, `能耗降低`, `浓度下降`, `排放量减少`. */
export function isReductionName(name: string): boolean {
  return /降幅|降低|下降|减少|减排/.test(name);
}

/** The indicator is a share, rate or ratio, so it is interpolated linearly (DOMAIN.md). */
export function isShareName(name: string, unit: string): boolean {
  return unit === '%' || unit === '‰' || /率|比重|比例|收入比|占.*比/.test(name);
}

/**
 * The indicator is a yearly flow (城镇新增就业人数, 棚户区住房改造): each year's value is that year's
 * amount, so a five-year `[15]` is judged on the sum of the years, never on the change of the
 * yearly level (issue 12, item 1).
 */
export function isFlowName(name: string): boolean {
  return /新增|新建|改造/.test(name) && !/率|比重|比例|强度|平均|人均|年限/.test(name);
}
