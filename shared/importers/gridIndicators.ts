import type { ImportWarning, Indicator } from '../domain/indicator';
import type { PlanBundle } from '../domain/planBundle';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { splitNameAndUnit } from '../parsing/splitNameAndUnit';
import type { ColumnAssignment } from './columnRole';
import type { GridRow, RowFate } from './gridRows';
import { noteText, takeFootnoteMarks } from './nameFootnotes';
import type { RawRow, RawTable } from './rawTable';
import type { PlanPeriod } from './readPlanPeriod';
import { readDirection, splitDepartments } from './xlsxPlanRowExtras';

/** A table-level finding of the grid importer; an `error` blocks saving until the user accepts it. */
export type ImportIssue = {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** 0-based grid row, when the finding is about one row. */
  readonly row?: number;
  readonly line?: number;
};

const MARK_SYMBOL = /[★☆▲△※]/;

/**
 * Prepares the rows for buildIndicator: footnote marks out of the name (`城市2空气质量`), a unit
 * column put back after the name so the target is read with its unit, and, when the table has no
 * 属性 column, 约束性 where the notes say so (「带★的为约束性指标」, 「…为约束性指标」).
 */
export function finishRawTable(
  table: RawTable,
  rows: readonly GridRow[],
  notes: readonly string[],
  columns: readonly ColumnAssignment[],
): RawTable {
  const hasAttribute = columns.some((item) => item.role === 'attribute');
  const bindingNotes = notes.filter((note) => /约束性/.test(note));
  return {
    ...table,
    rows: rows.map((gridRow): RawRow => {
      const raw = gridRow.raw;
      const { name } = takeFootnoteMarks(raw.rawName);
      const symbol = MARK_SYMBOL.exec(name)?.[0] ?? '';
      const plainName = name.replace(MARK_SYMBOL, '').trim();
      const withUnit =
        gridRow.unit !== '' && splitNameAndUnit(plainName).unit === ''
          ? `${plainName}(${gridRow.unit.replace(/^[(（]|[)）]$/g, '')})`
          : plainName;
      const warnings: ImportWarning[] = [...raw.warnings];
      let attribute = raw.attribute;
      if (!hasAttribute) {
        const bare = splitNameAndUnit(plainName).name.replace(/[（(].*?[)）]/g, '');
        const binding = bindingNotes.some(
          (note) =>
            (symbol !== '' && note.includes(symbol)) ||
            (bare.length >= 2 && normaliseCellText(note).includes(bare)),
        );
        if (binding) {
          attribute = '约束性';
          warnings.push({
            message: `「${plainName}」：原表没有属性列，按表注判为约束性，请核对`,
            line: raw.line,
            column: '属性',
          });
        }
      }
      return { ...raw, rawName: withUnit, attribute, warnings };
    }),
  };
}

/**
 * Puts on the built indicators what the grid holds beyond a RawRow: the unit column, the group,
 * footnote notes, kept columns and 备注 in the remarks, 责任单位 and 方向.
 */
export function finishGridIndicators(
  indicators: readonly Indicator[],
  rows: readonly GridRow[],
  notes: readonly string[],
): Indicator[] {
  return indicators.map((indicator, index) => {
    const row = rows[index];
    if (!row) return indicator;
    const { marks } = takeFootnoteMarks(row.raw.rawName);
    const unit = row.unit.replace(/^[(（]|[)）]$/g, '');
    const remarks = [
      row.group === '' ? '' : `分组：${row.group}`,
      ...marks.map(
        (mark) => `注${mark}${noteText(notes, mark) ? `：${noteText(notes, mark)}` : ''}`,
      ),
      ...row.kept,
      normaliseCellText(row.remarks),
    ].filter(Boolean);
    const direction = readDirection(row.direction);
    const markWarnings: ImportWarning[] = marks.map((mark) => ({
      message: `「${indicator.name}」名称中的「${mark}」是注释标记，已移到备注`,
      line: row.raw.line,
      column: '指标',
      cellText: row.raw.rawName,
    }));
    return {
      ...indicator,
      unit: unit !== '' ? unit : indicator.unit,
      remarks: remarks.join('；'),
      departments: splitDepartments(row.departments),
      ...('direction' in direction && direction.direction
        ? { direction: direction.direction }
        : {}),
      warnings: [...indicator.warnings, ...markWarnings],
    };
  });
}

/** Table-level findings: rows with values left out (errors), no 属性 column, a guessed period. */
export function gridIssues(input: {
  readonly columns: readonly ColumnAssignment[];
  readonly fates: readonly RowFate[];
  readonly period: PlanPeriod;
  readonly bundle: PlanBundle;
}): ImportIssue[] {
  const issues: ImportIssue[] = input.fates
    .filter((fate) => fate.fate === 'leftOut')
    .map((fate) => ({
      severity: /\d/.test(fate.text) && fate.reason !== '用户删除了此行' ? 'error' : 'warning',
      message: `第 ${fate.line} 行「${fate.text.slice(0, 40)}」未导入：${fate.reason}`,
      row: fate.row,
      line: fate.line,
    }));
  if (!input.columns.some((item) => item.role === 'attribute')) {
    issues.push({
      severity: 'warning',
      message:
        '表中没有「属性」列：各指标的属性留空（待填），表注写明约束性的按约束性导入，请逐项填写',
    });
  }
  if (input.period.source.startsWith('未从')) {
    issues.push({
      severity: 'warning',
      message: `标题和表头中没有规划期或年份，按「${input.period.periodLabel}」（基期 ${input.period.baseYear} 年、目标 ${input.period.targetYear} 年）导入，请核对`,
    });
  }
  return issues;
}
