import { describe, expect, it } from 'vitest';
import {
  collectNotesLines,
  isNotesStart,
  joinNotesLines,
  splitNoteItems,
} from '../../../shared/importers/tableNotes';

describe('table notes', () => {
  it('splits numbered items in sequence, so 1.2020 is item 1', () => {
    expect(
      splitNoteItems('注：1.2020 年基期值均为预期数；2.约束性指标具体数值按省下达任务执行；'),
    ).toEqual(['2020 年基期值均为预期数', '约束性指标具体数值按省下达任务执行']);
    expect(splitNoteItems('注:[]表示累计提高或下降数。')).toEqual(['[]表示累计提高或下降数。']);
    expect(splitNoteItems('备注：1. []表示累计； 2. 基数有修正；\t\t')).toEqual([
      '[]表示累计',
      '基数有修正',
    ]);
  });

  it('collects wrapped note lines and stops at the next heading', () => {
    const lines = ['注：1.甲；', '', '2.乙投', '资增速；', '第二篇 正文'].map((text, index) => ({
      line: index + 1,
      text,
    }));
    expect(isNotesStart(lines[0]?.text ?? '')).toBe(true);
    const end = collectNotesLines(lines, 0);
    expect(end).toBe(4);
    expect(joinNotesLines(lines.slice(0, end).map((line) => line.text))).toBe(
      '注：1.甲； 2.乙投资增速；',
    );
  });
});
