import {
  asFields,
  checkBoolean,
  checkId,
  checkInteger,
  checkList,
  checkNumberOrNull,
  checkObject,
  checkOneOf,
  checkText,
  checkTextList,
  checkYear,
  LONG_TEXT_MAX,
  member,
  notAnObject,
  within,
} from './guardCore';
import type { Fields, GuardIssue } from './guardCore';
import { guardTarget } from './guardTarget';

/** Most indicators one plan may hold, and so the largest `order` (real tables have 20–90). */
export const INDICATOR_ORDER_MAX = 100_000;

/**
 * Guard of a stored or imported Indicator (indicator.ts): ids, names and raw cells as bounded
 * text, the base value with its year, a target of a known kind, and the row's lists.
 */
export function guardIndicator(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return checkTexts(row) ?? checkMeaning(row);
}

function checkTexts(row: Fields): GuardIssue | null {
  return (
    checkId(row, 'id') ??
    checkId(row, 'planId') ??
    checkInteger(row, 'order', 1, INDICATOR_ORDER_MAX) ??
    checkText(row, 'category') ??
    checkText(row, 'name') ??
    checkText(row, 'unit') ??
    checkText(row, 'baseRaw') ??
    checkText(row, 'targetRaw') ??
    checkText(row, 'growthRaw')
  );
}

function checkMeaning(row: Fields): GuardIssue | null {
  return (
    checkObject(row, 'base', guardBaseValue) ??
    checkObject(row, 'target', guardTarget) ??
    // null: the table had no 属性 and the user has not filled it yet (decision 0044).
    (row['attribute'] === null ? null : checkOneOf(row, 'attribute', ['预期性', '约束性'])) ??
    checkOneOf(row, 'direction', ['higherIsBetter', 'lowerIsBetter']) ??
    checkTextList(row, 'departments') ??
    checkText(row, 'remarks', LONG_TEXT_MAX) ??
    checkList(row, 'warnings', (item, index) => within(`warnings[${index}]`, guardWarning(item)))
  );
}

/** Guard of an indicator's BaseValue. */
export function guardBaseValue(value: unknown): GuardIssue | null {
  const base = asFields(value);
  if (!base) return notAnObject(value);
  return (
    checkNumberOrNull(base, 'value') ??
    checkYear(base, 'year') ??
    checkBoolean(base, 'isEstimate') ??
    checkBoolean(base, 'isOtherYear') ??
    checkBoolean(base, 'isPeriodAverage') ??
    checkBoolean(base, 'isApproximate')
  );
}

function guardWarning(value: unknown): GuardIssue | null {
  const warning = asFields(value);
  if (!warning) return notAnObject(value);
  return (
    checkText(warning, 'message', LONG_TEXT_MAX) ??
    optional(warning, 'line', () => checkInteger(warning, 'line', 0, Number.MAX_SAFE_INTEGER)) ??
    optional(warning, 'column', () => checkText(warning, 'column')) ??
    optional(warning, 'cellText', () => checkText(warning, 'cellText', LONG_TEXT_MAX))
  );
}

function optional(
  fields: Readonly<Record<string, unknown>>,
  key: string,
  check: () => GuardIssue | null,
): GuardIssue | null {
  return member(fields, key) === undefined ? null : check();
}
