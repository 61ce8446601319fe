import { parseStructure, structureSum } from '../parsing/parseStructure';

// Chinese characters, full-width punctuation and Roman numerals (Ⅲ类): a line break between two
// of them is a wrap inside one cell, so the lines are joined without a space.
const WIDE = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u2160-\u217f]/;

/** Joins 000's wrapped lines: no space inside a wrapped Chinese word, a space elsewhere. */
export function joinWrappedLines(lines: readonly string[]): string {
  let joined = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const last = joined.at(-1) ?? '';
    const first = line.at(0) ?? '';
    const tight = (WIDE.test(last) && WIDE.test(first)) || isSplitLatinRun(joined, line);
    joined += joined === '' ? line : tight ? line : ` ${line}`;
  }
  return joined;
}

/**
 * A Latin run inside a Chinese name wrapped mid-word (`…占GD` + `P比重（%）`, `…减少/C` +
 * `OD（万吨）`): glued to what stands before and after it, so the break is not a word space.
 */
function isSplitLatinRun(before: string, line: string): boolean {
  return /[^\sA-Za-z][A-Za-z]+$/.test(before) && /^[A-Za-z]+[\u4e00-\u9fff（(]/.test(line);
}

const VALUE_START =
  /^([+-]?\d|\[|--|—|-$|<|>|≤|≥|\*|下降|省下|确保|保持|持续|稳定|实现|截至|高于|与|按)/;

/** True when a token can start a value cell (a number, `[`, `--`, `<`, or a known cell text). */
export function isValueToken(token: string): boolean {
  return VALUE_START.test(token);
}

/**
 * Splits a joined 000 row into the name cell and the value tokens. The name ends at the first
 * token closing a parenthesis that is followed by a value (`地区生产总值（GDP）（亿元） 957.14`,
 * `每千人口拥有 0-3 岁婴幼儿托位数（个） 1.26`); without a unit, at the first value token
 * (`基本养老保险参保率 96.5`).
 */
export function splitNameAndValues(rowText: string): { rawName: string; tokens: string[] } {
  const tokens = rowText.split(/\s+/).filter((token) => token !== '');
  let end = tokens.findIndex((token, index) => {
    const next = tokens[index + 1];
    return /[)）]$/.test(token) && (next === undefined || isValueToken(next));
  });
  if (end < 0) end = tokens.findIndex((token, index) => index > 0 && isValueToken(token)) - 1;
  if (end < 0) end = tokens.length - 1;
  return { rawName: tokens.slice(0, end + 1).join(' '), tokens: tokens.slice(end + 1) };
}

const QUALIFIER = /^(左右|以内|以上|以下)$/;
const UNIT_TOKEN =
  /^(亿元|万元|元|亿美元|万美元|万人|人|%)?[(（].*[)）]$|^(亿元|万元|亿美元|万美元)$/;
const NUMBERISH = /\d[\d.]*\*?$/;

/**
 * Merges the value tokens of a 000 row back into cells: `[3` + `左右]`, `68.05` + `*`,
 * `7` + `左右`, `66.46` + `亿元（人民币）`, `7.1：43.1：` + `49.8`, and a structure broken
 * mid-number (`7.3:57:3` + `5.7`, source-doc 000 lines 240–242) when only the joined form sums to 100.
 */
export function mergeValueTokens(tokens: readonly string[]): string[] {
  const cells: string[] = [];
  for (const token of tokens) {
    const last = cells.length - 1;
    const previous = cells[last];
    if (previous !== undefined && shouldMerge(previous, token)) {
      const glue =
        /[:：]$/.test(previous) || /^[*＊]+$/.test(token) || /^[<>≤≥]$/.test(previous) ? '' : ' ';
      cells[last] = isBrokenStructure(previous, token) ? previous + token : previous + glue + token;
    } else {
      cells.push(token);
    }
  }
  return cells;
}

const DIRECTION_WORD = /^(下降|降低|减少|提高|增加)$/;

function shouldMerge(previous: string, token: string): boolean {
  if (previous.includes('[') && !previous.includes(']')) return true;
  if (/^[*＊]+$/.test(token)) return true;
  if (/[:：]$/.test(previous) || /^[<>≤≥]$/.test(previous)) return true;
  // `下降 [4.3]`: a direction word and its amount are one cell (fz 13th-plan pollutant rows).
  if (DIRECTION_WORD.test(previous) && /^[[〔\d]/.test(token)) return true;
  if (NUMBERISH.test(previous) && (QUALIFIER.test(token) || UNIT_TOKEN.test(token))) return true;
  return isBrokenStructure(previous, token);
}

function isBrokenStructure(previous: string, token: string): boolean {
  if (!/^\d+(\.\d+)?$/.test(token)) return false;
  const before = parseStructure(previous);
  const after = parseStructure(previous + token);
  if (!before.ok || !after.ok) return false;
  return (
    Math.abs(structureSum(before.value) - 100) > 1 && Math.abs(structureSum(after.value) - 100) <= 1
  );
}
