import { describe, expect, it } from 'vitest';
import { planPaste } from '../../../../renderer/src/features/dataEntry/pasteBlock';

const BOUNDS = { rows: 4, cols: 6 };
const YEAR = (col: number) => `${2020 + col}年`;

describe('planPaste', () => {
  it('places a 2×2 block copied from Excel from the selected cell', () => {
    const result = planPaste('1,180\t1260\r\n１０.６\t11.3%\r\n', { row: 0, col: 3 }, BOUNDS, YEAR);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: [
        { row: 0, col: 3, input: { kind: 'number', value: 1180 } },
        { row: 0, col: 4, input: { kind: 'number', value: 1260 } },
        { row: 1, col: 3, input: { kind: 'number', value: 10.6 } },
        { row: 1, col: 4, input: { kind: 'number', value: 11.3 } },
      ],
    });
  });

  it('reads an empty cell of the block as clearing that cell', () => {
    const result = planPaste('5\t\r\n', { row: 2, col: 1 }, BOUNDS, YEAR);
    expect(result.ok && result.value.map((c) => c.input.kind)).toEqual(['number', 'clear']);
  });

  it('refuses the whole block when one cell is text, naming the cell', () => {
    const result = planPaste('1330\r\n约12\r\n', { row: 0, col: 5 }, BOUNDS, YEAR);
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          '第 2 行第 1 个单元格（2025年）：「约12」不是数值：请只填写数字，可带千分位逗号或百分号。未粘贴任何数据',
        location: { line: 2, column: '2025年', cellText: '约12' },
      },
    });
  });

  it('refuses a block reaching beyond the grid', () => {
    const result = planPaste('1\t2\t3\r\n', { row: 3, col: 4 }, BOUNDS, YEAR);
    expect(result.ok ? null : result.error.message).toBe(
      '粘贴的区域为 1 行 × 3 列，从所选单元格起只能填 1 行 × 2 列，未粘贴任何数据',
    );
  });

  it('refuses an empty clipboard', () => {
    const result = planPaste('', { row: 0, col: 0 }, BOUNDS, YEAR);
    expect(result.ok ? null : result.error.message).toBe('剪贴板中没有可粘贴的内容');
  });
});
