import { normaliseCellText } from '../parsing/normaliseCellText';
import type { HeaderInfo, NumberedLine } from './rawTable';

// Words of the two-row headers in 000, 001 and 002 (source-doc 000 lines 152–168, 838–854).
const HEADER_WORDS = [
  '指标名称',
  '类别',
  '指标',
  '基期值',
  '目标值',
  '累计或年均增长',
  '年均/累计增长',
  '累计或年',
  '均增长',
  '年均/累计',
  '年均增长',
  '累计增长',
  '年均',
  '或年均增长',
  '累计',
  '增长',
  '十三五',
  '十四五',
  '完成情况',
  '属性',
  '实际数',
  // 「实际 | 规划」 under a merged 累计或年均增长 (the completion tables' second header row).
  '实际',
  '预期值',
  '规划目标',
  '规划',
  '目标',
  '(%)',
  '类',
  '别',
];

const WORDS_LONGEST_FIRST = [...HEADER_WORDS].sort((a, b) => b.length - a.length);

/**
 * True when a line (or a row's joined cells) is made only of header words: `类别 指标 2015年 …`,
 * `实际数`, `规划`, `目标`, `2020 年`. Tables split across pages repeat it (002 lines 305, 325).
 */
export function isHeaderLine(text: string): boolean {
  if (normaliseCellText(text) === '') return false;
  let rest = normaliseCellText(text)
    .replace(/[\s"“”]/g, '')
    .replace(/(?:19|20)\d{2}年?/g, '');
  for (const word of WORDS_LONGEST_FIRST) rest = rest.split(word).join('');
  return rest === '';
}

/**
 * Skips the header lines at the start of a table body and reports what they say: whether there
 * is a 完成情况 column and whether the 2020 column holds 实际数 (final) or 预期值 (estimates).
 */
export function readHeader(lines: readonly NumberedLine[]): {
  readonly header: HeaderInfo;
  readonly bodyStart: number;
} {
  let index = 0;
  const seen: string[] = [];
  while (index < lines.length) {
    const text = lines[index]?.text ?? '';
    if (text.trim() !== '' && !isHeaderLine(text)) break;
    seen.push(text);
    index += 1;
  }
  const joined = seen.join(' ');
  return {
    header: { hasVerdict: joined.includes('完成情况'), actualIsFinal: joined.includes('实际数') },
    bodyStart: index,
  };
}
