import * as XLSX from 'xlsx';
import type { FollowUp } from '../domain/followUp';

/** Columns of the 整改任务分工表, in Word and Excel alike. */
export const FOLLOW_UP_COLUMNS = [
  '序号',
  '整改事项',
  '存在问题',
  '牵头单位',
  '整改措施',
  '完成时限',
] as const;

/** The table's rows as texts, in order. */
export function followUpRows(rows: readonly FollowUp[]): string[][] {
  return [...rows]
    .sort((a, b) => a.order - b.order)
    .map((row, index) => [
      String(index + 1),
      row.title,
      row.problem,
      row.lead,
      row.measure,
      row.deadline,
    ]);
}

/** The 整改任务分工表 as an Excel workbook: a title row, the header, one row per item. */
export function buildFollowUpXlsx(title: string, rows: readonly FollowUp[]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([[title], [...FOLLOW_UP_COLUMNS], ...followUpRows(rows)]);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: FOLLOW_UP_COLUMNS.length - 1 } }];
  sheet['!cols'] = [{ wch: 6 }, { wch: 36 }, { wch: 36 }, { wch: 18 }, { wch: 40 }, { wch: 16 }];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, '整改任务分工表');
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  return new Uint8Array(written as ArrayBuffer);
}
