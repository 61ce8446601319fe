import { normaliseCellText } from '../parsing/normaliseCellText';

// Marks a PDF or Word table glues to a name: `[1]`, `〔2〕`, `①`, `注3`, and a lone digit between
// two Chinese characters (`城市2空气质量`) unless it counts something (`3岁以下`, `5年`).
const BRACKET_MARK = /\[(\d{1,2})\]|〔(\d{1,2})〕|【(\d{1,2})】|注(\d{1,2})(?![\d.])/g;
const CIRCLED = /[①-⑳]/g;
const GLUED_DIGIT =
  /(?<=[\u4e00-\u9fff])([1-9])(?=[\u4e00-\u9fff])(?![岁年个类级天次万亿千百十倍项周批])/g;
const TRAILING_DIGIT = /(?<=[\u4e00-\u9fff])([1-9])(?=$|\s*[(（])/;

/** A name with its footnote marks taken out, and the marks' numbers (`2`, `①`). */
export type NameMarks = { readonly name: string; readonly marks: readonly string[] };

/** Takes footnote marks out of an indicator name (issue 11, item 4): they become notes. */
export function takeFootnoteMarks(rawName: string): NameMarks {
  const marks: string[] = [];
  let name = rawName.replace(BRACKET_MARK, (_all, ...groups: unknown[]) => {
    marks.push(String(groups.slice(0, 4).find((group) => group !== undefined)));
    return '';
  });
  name = name.replace(CIRCLED, (mark) => {
    marks.push(String(mark.codePointAt(0)! - 0x2460 + 1));
    return '';
  });
  name = name.replace(GLUED_DIGIT, (digit) => {
    marks.push(digit);
    return '';
  });
  const trailing = TRAILING_DIGIT.exec(name);
  if (trailing && !/[A-Za-z]\d$/.test(name.slice(0, trailing.index + 1))) {
    marks.push(trailing[1] ?? '');
    name = name.slice(0, trailing.index) + name.slice(trailing.index + 1);
  }
  return { name: name.trim(), marks };
}

/** The text of note `mark` among a table's notes (numbered from 1), or ''. */
export function noteText(notes: readonly string[], mark: string): string {
  const index = Number(mark) - 1;
  return Number.isInteger(index) ? normaliseCellText(notes[index] ?? '') : '';
}
