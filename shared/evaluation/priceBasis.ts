/**
 * Which prices an indicator's growth is measured in, read from what the indicator is (issue 12,
 * item 7; DOMAIN.md「What kinds of target there are」: GDP growth is in comparable prices while its
 * level is in current prices). Only GDP (地区生产总值, 国内生产总值) and value added (增加值) — and
 * their growth rates — are published at comparable prices; 财政收入, 社会消费品零售总额, 人口, income
 * and the like are nominal or plain counts, and saying 可比价 of them would be false.
 */

/** `comparable`: real growth is published beside a current-price level; `plain`: one reading. */
export type PriceBasis = 'comparable' | 'plain';

// Parenthesised unit or alias notes: 地区生产总值（GDP） → 地区生产总值.
const PARENTHESES = /[（(][^）)]*[）)]/g;

// The name ends with the measure itself (with or without 增长/增速): 地区生产总值, 人均地区生产总值,
// 规模以上工业增加值增速, 服务业增加值增长. Names that merely mention GDP are something else:
// 单位GDP能耗降低, 亿元生产总值生产安全事故死亡率, 高新技术产业增加值占GDP比重.
const COMPARABLE_NAME = /(?:生产总值|GDP|增加值)(?:年均)?(?:增长率|增长|增速)?$/i;

/** The price basis of an indicator, from its name. */
export function priceBasisOf(name: string): PriceBasis {
  const core = name.replace(PARENTHESES, '').replace(/\s+/g, '');
  return COMPARABLE_NAME.test(core) ? 'comparable' : 'plain';
}

// Read once per indicator object: a run asks several times per indicator, 10,000 times.
const known = new WeakMap<object, PriceBasis>();

/** priceBasisOf the indicator's name, remembered for the indicator object. */
export function priceBasisOfIndicator(indicator: { readonly name: string }): PriceBasis {
  let basis = known.get(indicator);
  if (basis === undefined) {
    basis = priceBasisOf(indicator.name);
    known.set(indicator, basis);
  }
  return basis;
}
