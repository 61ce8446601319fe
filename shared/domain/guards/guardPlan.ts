import {
  asFields,
  checkId,
  checkOneOf,
  checkText,
  checkTextList,
  checkYear,
  LONG_TEXT_MAX,
  member,
  notAnObject,
  within,
} from './guardCore';
import type { GuardIssue } from './guardCore';

/** Every administrative level a plan can have (plan.ts). */
export const PLAN_LEVELS = ['国家', '省', '市', '区县', '其他'] as const;

/**
 * Guard of a Plan (plan.ts): bounded texts, years 1900–2100 with the target year after the base
 * year (a plan spanning 1e9 years would make every per-year loop run out of memory), a known
 * table kind and origin.
 */
export function guardPlan(value: unknown): GuardIssue | null {
  const plan = asFields(value);
  if (!plan) return notAnObject(value);
  return (
    checkId(plan, 'id') ??
    checkText(plan, 'name') ??
    checkText(plan, 'region') ??
    checkOneOf(plan, 'level', PLAN_LEVELS) ??
    checkText(plan, 'periodLabel') ??
    checkYear(plan, 'baseYear') ??
    checkYear(plan, 'targetYear') ??
    checkYearOrder(plan.baseYear as number, plan.targetYear as number) ??
    checkOneOf(plan, 'tableKind', ['main', 'completion']) ??
    checkTextList(plan, 'notes', LONG_TEXT_MAX) ??
    within('origin', guardPlanOrigin(member(plan, 'origin')))
  );
}

/** Guard of a stored plan: the Plan plus its bookkeeping times. */
export function guardPlanRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return guardPlan(row) ?? checkText(row, 'createdAt') ?? checkText(row, 'updatedAt');
}

function checkYearOrder(baseYear: number, targetYear: number): GuardIssue | null {
  return targetYear > baseYear
    ? null
    : { field: 'targetYear', message: `应晚于基期年份 ${baseYear}（现为「${targetYear}」）` };
}

function guardPlanOrigin(value: unknown): GuardIssue | null {
  const origin = asFields(value);
  if (!origin) return notAnObject(value);
  const typeIssue = checkOneOf(origin, 'type', ['builtin', 'pasted', 'file', 'empty']);
  if (typeIssue) return typeIssue;
  if (origin.type === 'builtin') return checkId(origin, 'seedKey');
  return origin.type === 'file' ? checkText(origin, 'fileName') : null;
}
