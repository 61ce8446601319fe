import { normaliseCellText, removeSpacesAroundChinese } from './normaliseCellText';

/** An indicator name split into the name proper and its unit. */
export type NameAndUnit = { readonly name: string; readonly unit: string };

// A unit contains a measure word; `(GDP)`, `(PM2.5)` or `(市中心城区)` are part of the name.
const UNIT_WORD = /[%‰元人件个岁年亩斤米吨套户次天台辆座所床家项张位]|标准煤|标煤|公顷|平方公里/;
const NOT_UNIT = /区$|GDP|PM|可比价|人民币|^\d/;

function isUnit(text: string): boolean {
  return text === '' || (text.length <= 10 && UNIT_WORD.test(text) && !NOT_UNIT.test(text));
}

/**
 * Parentheses in a name are shown as the yearbook prints them, full width (UX.md): `(GDP)` →
 * `（GDP）`, whatever width the source used. Matching ignores the width (matchIndicatorName).
 */
function toFullWidthParentheses(name: string): string {
  return name.replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Splits `地区生产总值(GDP)(亿元)` or `地区生产总值（GDP）（亿元）` into `地区生产总值（GDP）` and
 * `亿元`: only the LAST parenthesis that reads as a unit is the unit (DOMAIN.md「The main indicator
 * table」). The name keeps its other parentheses, in full width; the unit is the normalised cell
 * text as before (亿元, %, 万元/人).
 * Names wrapped over two lines must be joined first (`能源综合生产能力（亿吨标准` + `煤）`).
 * `城市居民人均可支配收入()` (source-doc 001 line 592) gives an empty unit.
 */
export function splitNameAndUnit(rawName: string): NameAndUnit {
  const name = removeSpacesAroundChinese(normaliseCellText(rawName));
  const groups = [...name.matchAll(/\(([^()]*)\)/g)];
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index];
    if (!group || group.index === undefined) continue;
    const inner = group[1] ?? '';
    if (!isUnit(inner)) continue;
    const rest = name.slice(0, group.index) + name.slice(group.index + group[0].length);
    return { name: toFullWidthParentheses(rest.trim()), unit: inner };
  }
  return { name: toFullWidthParentheses(name), unit: '' };
}
