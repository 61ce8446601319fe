/**
 * The row a relational target refers to (「高于GDP增长」, 「与国内生产总值增长基本同步」,
 * 「与经济增长同步」), found by meaning rather than by spelling (issue 12, reading 2). Names are
 * reduced to a core — no spaces, no parenthesised groups such as （GDP） or （%）, no trailing
 * 增长/增速/增长率, no leading 全市/全区 — and every name of the economy's output (GDP,
 * 国内生产总值, 地区生产总值, 生产总值, 经济, 经济发展) shares one core, so a plan's
 * 「地区生产总值（GDP）」 level row and a national 「国内生产总值（GDP）增长」 rate row both match.
 */
import type { Indicator } from '../domain/indicator';
import { isGrowthRateName } from '../parsing/indicatorNameTraits';

const OUTPUT = 'gdp';
const OUTPUT_NAMES = /^(?:gdp|(?:国内|地区)?生产总值|经济(?:发展|总量)?)$/;

/** The core a name is compared by: 「地区生产总值（GDP）增长（%）」 → `gdp`. */
export function referenceCore(name: string): string {
  const core = name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/\([^()]*\)/g, '')
    .replace(/^(?:全国|全省|全市|全区|全县)/, '')
    .replace(/(?:年均)?(?:增长率|增长|增速)$/, '');
  return OUTPUT_NAMES.test(core) ? OUTPUT : core;
}

/**
 * The indicator is itself a growth rate, so its values are rates, never levels: a name ending in
 * 增长 or 增速 (isGrowthRateName), or a % unit with a growth target (growth rate or relational).
 */
export function isGrowthRateIndicator(indicator: Indicator): boolean {
  if (isGrowthRateName(indicator.name)) return true;
  const kind = indicator.target.kind;
  return indicator.unit === '%' && (kind === 'growthRate' || kind === 'relational');
}

/**
 * The rows whose core is the reference's, rate rows first (a growth target is compared on growth,
 * and a published rate is at comparable prices), then in table order; never the row itself.
 */
export function findReferenceIndicators(
  referenceName: string,
  indicators: readonly Indicator[],
  selfId?: string,
): Indicator[] {
  const wanted = referenceCore(referenceName);
  if (wanted === '') return [];
  const found = indicators.filter(
    (indicator) => indicator.id !== selfId && referenceCore(indicator.name) === wanted,
  );
  const rates = found.filter(isGrowthRateIndicator);
  return [...rates, ...found.filter((indicator) => !isGrowthRateIndicator(indicator))];
}
