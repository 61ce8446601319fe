import type { Direction, Indicator } from '../domain/indicator';
import { fail, ok } from '../lib/result';
import type { Result, SourceLocation } from '../lib/result';
import { normaliseCellText } from '../parsing/normaliseCellText';
import type { DocumentRow } from './xlsxPlanDocumentRows';

/** How the template writes each direction (方向 column). */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  higherIsBetter: '正向（越大越好）',
  lowerIsBetter: '逆向（越小越好）',
};

/** Separator of the departments in the 责任单位 cell. */
export const DEPARTMENT_SEPARATOR = '、';

/** Reads a 方向 cell: null for blank (inferred from the name), or an error for unknown text. */
export function readDirection(text: string): { direction: Direction | null } | { error: string } {
  const compact = normaliseCellText(text).replace(/\s+/g, '');
  if (compact === '') return { direction: null };
  if (/^(逆向|负向|反向|越小越好|越低越好|lowerIsBetter)/.test(compact))
    return { direction: 'lowerIsBetter' };
  if (/^(正向|越大越好|越高越好|higherIsBetter)/.test(compact))
    return { direction: 'higherIsBetter' };
  return { error: `方向「${text}」无法识别：请填写「正向」或「逆向」，或留空由系统按指标名称判断` };
}

/** Splits a 责任单位 cell on 、，, ; ； and line breaks. */
export function splitDepartments(text: string): string[] {
  return text
    .split(/[、，,;；\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Puts the columns the documents lack (方向, 责任单位, 备注) onto the indicators built from the same
 * rows, in the same order. A blank 方向 keeps the direction inferred from the name.
 */
export function applyRowExtras(
  indicators: readonly Indicator[],
  rows: readonly DocumentRow[],
  where: (row: DocumentRow) => SourceLocation,
): Result<Indicator[]> {
  const result: Indicator[] = [];
  for (const [index, indicator] of indicators.entries()) {
    const row = rows[index];
    if (!row) return fail('内部错误：指标行与表格行数不一致');
    const read = readDirection(row.direction);
    if ('error' in read) {
      return fail(read.error, { ...where(row), column: '方向', cellText: row.direction });
    }
    result.push({
      ...indicator,
      direction: read.direction ?? indicator.direction,
      departments: splitDepartments(row.departments),
      remarks: row.remarks,
    });
  }
  return ok(result);
}
