import { MEASURES, VALUE_STATUSES } from '../actualValue';
import {
  asFields,
  checkId,
  checkNumber,
  checkOneOf,
  checkText,
  checkYear,
  LONG_TEXT_MAX,
  notAnObject,
} from './guardCore';
import type { GuardIssue } from './guardCore';

/** Guard of an ActualValue (actualValue.ts): a finite number for a year within 1900–2100. */
export function guardActualValue(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'indicatorId') ??
    checkYear(row, 'year') ??
    checkOneOf(row, 'measure', MEASURES) ??
    checkNumber(row, 'value') ??
    checkOneOf(row, 'status', VALUE_STATUSES) ??
    checkText(row, 'source') ??
    checkText(row, 'note', LONG_TEXT_MAX)
  );
}

/** Guard of a stored actual value: the value plus its plan id. */
export function guardActualValueRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return checkId(row, 'planId') ?? guardActualValue(row);
}
