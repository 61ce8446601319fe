import { describe, expect, it } from 'vitest';
import { assignCells } from '../../../shared/importers/assignCells';
import { COMPLETION_COLUMNS, MAIN_COLUMNS } from '../../../shared/importers/rawTable';

const at = (name: string) => ({ name, line: 7 });

describe('assignCells', () => {
  it('keeps complete rows as they are', () => {
    expect(assignCells(['1', '2', '3'], MAIN_COLUMNS, at('甲'))).toEqual({
      cells: ['1', '2', '3'],
      warnings: [],
    });
  });

  it('places missing 001 cells by content and names every guess', () => {
    expect(assignCells(['[  ]', '12左右'], MAIN_COLUMNS, at('固定资产投资增速')).cells).toEqual([
      '[  ]',
      '',
      '12左右',
    ]);
    expect(assignCells(['保持稳定'], MAIN_COLUMNS, at('粮食')).cells).toEqual(['', '', '保持稳定']);
    expect(assignCells(['确保数量不减,质量提升'], MAIN_COLUMNS, at('耕地')).cells).toEqual([
      '',
      '确保数量不减,质量提升',
      '',
    ]);
    const result = assignCells(['98'], MAIN_COLUMNS, at('优良天数比例'));
    expect(result.cells).toEqual(['98', '', '']);
    expect(result.warnings).toEqual([
      {
        message:
          '「优良天数比例」行只有 1 个数值单元格（应有 3 个），按内容推断「98」属于「2020年基期值」列，2025年目标值、年均/累计增长视为空，请核对原表',
        line: 7,
        column: '2020年基期值',
        cellText: '98',
      },
    ]);
  });

  it('right-aligns growth cells in completion rows (000 氨氮)', () => {
    expect(
      assignCells(['11.14', '--', '[4.62]', '[3.8]'], COMPLETION_COLUMNS, at('氨氮')).cells,
    ).toEqual(['11.14', '--', '', '[4.62]', '[3.8]']);
  });

  it('warns about empty rows and extra cells', () => {
    expect(assignCells([], MAIN_COLUMNS, at('甲')).warnings[0]?.message).toBe(
      '「甲」行没有数值单元格，2020年基期值、2025年目标值、年均/累计增长均视为空',
    );
    expect(assignCells(['1', '2', '3', '4'], MAIN_COLUMNS, at('甲'))).toMatchObject({
      cells: ['1', '2', '3'],
      warnings: [{ cellText: '4' }],
    });
  });
});
