/**
 * PDFs made with common CJK fonts (Noto/Source Han, some Founder fonts) map many glyphs to the
 * Kangxi Radicals (U+2F00–U+2FD5) and CJK Radicals Supplement (U+2E80–U+2EF3) code points, so
 * text extracted from them reads 「⼀、扎实推进」「⻓江」「市⽣态环境局」: the same glyphs, other
 * characters. Headings, numbers and department names would then never match. This maps them back.
 */

/** Supplement radicals that have no compatibility mapping, to the simplified character they draw. */
const SUPPLEMENT: ReadonlyMap<string, string> = new Map([
  ['\u2EA0', '民'],
  ['\u2EC4', '西'],
  ['\u2EC5', '见'],
  ['\u2EC6', '角'],
  ['\u2EC8', '讠'],
  ['\u2EC9', '贝'],
  ['\u2ECB', '车'],
  ['\u2ED3', '长'],
  ['\u2ED4', '门'],
  ['\u2ED7', '雨'],
  ['\u2ED8', '青'],
  ['\u2EDA', '页'],
  ['\u2EDB', '风'],
  ['\u2EDC', '飞'],
  ['\u2EDD', '食'],
  ['\u2EE2', '马'],
  ['\u2EE3', '骨'],
  ['\u2EE4', '鬼'],
  ['\u2EE5', '鱼'],
  ['\u2EE6', '鸟'],
  ['\u2EE7', '卤'],
  ['\u2EE8', '麦'],
  ['\u2EE9', '黄'],
  ['\u2EEA', '黾'],
  ['\u2EEC', '齐'],
  ['\u2EEE', '齿'],
  ['\u2EF0', '龙'],
]);

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/g;

/** The text with radical code points replaced by the ideographs they stand for. */
export function unifyCjkRadicals(text: string): string {
  return text.replace(RADICAL, (radical) => SUPPLEMENT.get(radical) ?? radical.normalize('NFKC'));
}
