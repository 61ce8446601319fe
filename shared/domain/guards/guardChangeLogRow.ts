import {
  asFields,
  checkId,
  checkOneOf,
  checkText,
  checkTextOrNull,
  LONG_TEXT_MAX,
  member,
  notAnObject,
  within,
} from './guardCore';
import type { GuardIssue } from './guardCore';

/**
 * Guard of a ChangeLogRow (storedRows.ts). Its plan and indicator ids need not resolve: the log
 * outlives deleted plans, and a restore is logged with an empty plan id.
 */
export function guardChangeLogRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'id') ??
    checkText(row, 'at') ??
    checkText(row, 'user') ??
    checkText(row, 'planId') ??
    checkTextOrNull(row, 'indicatorId') ??
    checkText(row, 'action') ??
    within('origin', guardChangeOrigin(member(row, 'origin'))) ??
    checkTextOrNull(row, 'before', LONG_TEXT_MAX) ??
    checkTextOrNull(row, 'after', LONG_TEXT_MAX)
  );
}

function guardChangeOrigin(value: unknown): GuardIssue | null {
  const origin = asFields(value);
  if (!origin) return notAnObject(value);
  const typeIssue = checkOneOf(origin, 'type', ['manual', 'paste', 'import', 'restore', 'system']);
  if (typeIssue) return typeIssue;
  return origin.type === 'import' ? checkText(origin, 'fileName') : null;
}
