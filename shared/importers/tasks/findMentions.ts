import type { TextMention } from '../../domain/workItem';

// 「2021 年底前」「到 2025 年」「2022年6月底前」「年内」: a bare year (「2020 年全省…警示片」) names
// a time, not a deadline, so a year counts only after 到/至 or before 底/末/前.
const YEAR = String.raw`(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?`;
const DEADLINE = new RegExp(
  String.raw`(?:到|至)\s*${YEAR}(?:\s*[底末])?(?:\s*(?:前|以前|之前))?|${YEAR}\s*(?:[底末]\s*(?:前|以前|之前)?|(?:前|以前|之前))|年内|年底前`,
  'g',
);
// Units of the quantified goals in the source documents, longest first so 「万亩」 beats 「万」.
const UNITS =
  '平方公里|平方米|立方米|千瓦时|标准箱|亿元|万元|人次|公里|千米|公顷|万人|万户|千瓦|兆瓦|小时|元|亩|人|家|个|项|所|座|条|台|套|辆|吨|米|㎡|件|次|处|张|床|倍|户|天|岁|株|艘|架|篇|部|场|名|位|只|头|册|GW|MW|km|TEU';
// A number with an optional range and a unit; 「1200 人以上」「28.91 万亩」「2%左右」「2-3 个」.
const QUANTITY = new RegExp(
  String.raw`\d+(?:\.\d+)?(?:\s*[-—~～至]\s*\d+(?:\.\d+)?)?\s*(?:[%％‰]|[万亿千百]?(?:${UNITS}))(?:以上|以下|左右|以内)?`,
  'g',
);
const MAX_CONTEXT = 120;

/** Deadlines written in the text, each with the clause it was found in (issue 13). */
export function findDeadlines(text: string): TextMention[] {
  return collect(text, DEADLINE, () => true);
}

/** Quantified goals written in the text (numbers with units), each with its clause. */
export function findQuantities(text: string): TextMention[] {
  return collect(text, QUANTITY, () => true);
}

function collect(text: string, pattern: RegExp, keep: (match: string) => boolean): TextMention[] {
  const mentions: TextMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const phrase = match[0].trim();
    if (phrase === '' || !keep(phrase)) continue;
    const index = match.index + match[0].indexOf(phrase);
    mentions.push({ text: phrase, context: clauseAround(text, index, phrase.length) });
  }
  return mentions;
}

/** The clause around a match: from the previous 。；！ to the next one, at most 120 characters. */
function clauseAround(text: string, index: number, length: number): string {
  const stops = /[。；;！!？?]/;
  let start = index;
  while (start > 0 && !stops.test(text[start - 1] ?? '')) start -= 1;
  let end = index + length;
  while (end < text.length && !stops.test(text[end] ?? '')) end += 1;
  const clause = text.slice(start, end).trim();
  if (clause.length <= MAX_CONTEXT) return clause;
  const from = Math.max(start, index - 50);
  return `…${text.slice(from, Math.min(end, from + MAX_CONTEXT)).trim()}…`;
}
