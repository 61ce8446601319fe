import { describe, expect, it } from 'vitest';
import { noteText, takeFootnoteMarks } from '../../../shared/importers/nameFootnotes';

describe('takeFootnoteMarks', () => {
  it('takes glued digits, bracketed and circled marks out of a name', () => {
    expect(takeFootnoteMarks('城市2空气质量优良天数比率（%）')).toEqual({
      name: '城市空气质量优良天数比率（%）',
      marks: ['2'],
    });
    expect(takeFootnoteMarks('细颗粒物浓度[3]')).toEqual({ name: '细颗粒物浓度', marks: ['3'] });
    expect(takeFootnoteMarks('森林覆盖率①')).toEqual({ name: '森林覆盖率', marks: ['1'] });
    expect(takeFootnoteMarks('单位GDP能耗降低〔4〕(%)')).toEqual({
      name: '单位GDP能耗降低(%)',
      marks: ['4'],
    });
  });

  it('keeps digits that count or name something', () => {
    for (const name of [
      '每千人口拥有0-3岁婴幼儿托位数',
      '每千人口拥有3岁以下婴幼儿托位数',
      '细颗粒物（PM2.5）浓度',
      '每万人5G基站数',
      '城镇新增就业',
    ]) {
      expect(takeFootnoteMarks(name)).toEqual({ name, marks: [] });
    }
  });

  it('finds the note a mark points to', () => {
    expect(noteText(['甲', '按常住人口计算'], '2')).toBe('按常住人口计算');
    expect(noteText(['甲'], '5')).toBe('');
  });
});
