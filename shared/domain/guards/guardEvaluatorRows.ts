import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../verdict';
import {
  asFields,
  checkId,
  checkOneOf,
  checkText,
  checkYear,
  LONG_TEXT_MAX,
  notAnObject,
} from './guardCore';
import type { GuardIssue } from './guardCore';

const MODES = ['midterm', 'final'] as const;

/** Guard of a VerdictOverrideRow (storedRows.ts): a known verdict of the row's mode, with reason. */
export function guardVerdictOverrideRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'planId') ??
    checkId(row, 'indicatorId') ??
    checkYear(row, 'year') ??
    checkOneOf(row, 'mode', MODES) ??
    checkOneOf(row, 'verdict', row.mode === 'final' ? FINAL_VERDICTS : MIDTERM_VERDICTS) ??
    checkText(row, 'reason', LONG_TEXT_MAX) ??
    checkText(row, 'decidedAt') ??
    checkText(row, 'decidedBy')
  );
}

/** Guard of a ReportSectionRow (storedRows.ts): the evaluator's text of one report section. */
export function guardReportSectionRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'planId') ??
    checkYear(row, 'year') ??
    checkOneOf(row, 'mode', MODES) ??
    checkId(row, 'sectionId') ??
    checkText(row, 'text', LONG_TEXT_MAX) ??
    checkText(row, 'generatedText', LONG_TEXT_MAX) ??
    checkText(row, 'editedAt') ??
    checkText(row, 'editedBy')
  );
}
