import type { Result } from '../../../../shared/lib/result';
import { fail, ok } from '../../../../shared/lib/result';
import { parseTabularPaste } from '../../../../shared/values/parseTabularPaste';
import { parseValueInput } from '../../../../shared/values/parseValueInput';
import type { ValueInput } from '../../../../shared/values/parseValueInput';
import type { GridBounds, GridCursor } from './gridCursor';

/** One cell of a paste, at its grid position. */
export type PastedCell = GridCursor & { readonly input: ValueInput };

/**
 * Reads a block copied from Excel (tab-separated) into cells from the cursor on. All or nothing:
 * a block reaching beyond the grid, or any cell that is not a number, refuses the whole paste
 * with a Chinese message naming the cell.
 */
export function planPaste(
  text: string,
  cursor: GridCursor,
  bounds: GridBounds,
  describeColumn: (col: number) => string,
): Result<PastedCell[]> {
  const block = parseTabularPaste(text);
  const height = block.length;
  const width = block[0]?.length ?? 0;
  if (height === 0 || width === 0) return fail('剪贴板中没有可粘贴的内容');
  if (cursor.row + height > bounds.rows || cursor.col + width > bounds.cols) {
    return fail(
      `粘贴的区域为 ${height} 行 × ${width} 列，从所选单元格起只能填 ${bounds.rows - cursor.row} 行 × ${bounds.cols - cursor.col} 列，未粘贴任何数据`,
    );
  }
  const cells: PastedCell[] = [];
  for (const [r, line] of block.entries()) {
    for (const [c, text] of line.entries()) {
      const parsed = parseValueInput(text);
      const row = cursor.row + r;
      const col = cursor.col + c;
      if (!parsed.ok) {
        return fail(
          `第 ${r + 1} 行第 ${c + 1} 个单元格（${describeColumn(col)}）：${parsed.error.message}。未粘贴任何数据`,
          { line: r + 1, column: describeColumn(col), cellText: text },
        );
      }
      cells.push({ row, col, input: parsed.value });
    }
  }
  return ok(cells);
}
