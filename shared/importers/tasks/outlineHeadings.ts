/**
 * Headings of a Chinese government document's outline (GB/T 9704 numbering): 「一、」 parts,
 * 「（一）」 sub-sections, 「1.」 items, 「第一章」「第一节」 chapters of a plan and 「专栏 1」 boxes.
 */

const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三); NaN when it is not one. */
export function chineseNumeral(text: string): number {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return Number.NaN;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? (DIGITS[tens] ?? Number.NaN) : Number.NaN;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/** A heading found at the start of a line. */
export type Heading =
  | { readonly type: 'part'; readonly number: number; readonly title: string }
  | { readonly type: 'section'; readonly number: number; readonly title: string }
  | { readonly type: 'chapter'; readonly title: string }
  | { readonly type: 'box'; readonly number: number; readonly title: string }
  | { readonly type: 'item'; readonly number: number; readonly rest: string };

const PART = /^([一二三四五六七八九十]{1,3})、\s*(.+)$/;
const SECTION = /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*(.+)$/;
const CHAPTER = /^第[一二三四五六七八九十百]{1,4}[篇章节]\s*\S*/;
const BOX = /^专栏\s*(\d{1,3})\s*(.*)$/;
// 「1.」「1．」「1、」: a digit run NOT followed by another digit, so 「28.91 万亩」 is no item.
const ITEM = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;

/** Reads the heading a line starts with, or null for body text. */
export function readHeading(line: string): Heading | null {
  const box = BOX.exec(line);
  if (box) return { type: 'box', number: Number(box[1]), title: line };
  if (CHAPTER.test(line)) return { type: 'chapter', title: line };
  const part = PART.exec(line);
  const partNumber = part ? chineseNumeral(part[1] ?? '') : Number.NaN;
  if (part && Number.isFinite(partNumber)) return { type: 'part', number: partNumber, title: line };
  const section = SECTION.exec(line);
  const sectionNumber = section ? chineseNumeral(section[1] ?? '') : Number.NaN;
  if (section && Number.isFinite(sectionNumber)) {
    return { type: 'section', number: sectionNumber, title: line };
  }
  const item = ITEM.exec(line);
  if (item) return { type: 'item', number: Number(item[1]), rest: item[2] ?? '' };
  return null;
}
