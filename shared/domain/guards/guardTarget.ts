import type { Qualifier, TargetKind } from '../target';
import { TARGET_KIND_LABELS } from '../target';
import {
  asFields,
  checkBoolean,
  checkList,
  checkNumber,
  checkNumberOrNull,
  checkObject,
  checkOneOf,
  checkText,
  LIST_MAX,
  LONG_TEXT_MAX,
  member,
  notAnObject,
} from './guardCore';
import type { Fields, GuardIssue } from './guardCore';

/** Every qualifier a plan cell's number can carry (target.ts). */
export const QUALIFIERS: readonly Qualifier[] = [
  'exact',
  'about',
  'atMost',
  'lessThan',
  'atLeast',
  'greaterThan',
];

/** Every target kind, in the order of TARGET_KIND_LABELS. */
export const TARGET_KINDS = Object.keys(TARGET_KIND_LABELS) as readonly TargetKind[];

// One checker per kind: a new kind does not compile until it has its guard (issue 16).
const KIND_GUARDS: Readonly<Record<TargetKind, (target: Fields) => GuardIssue | null>> = {
  levelWithGrowth: (target) =>
    checkNumberOrNull(target, 'targetValue') ??
    checkObject(target, 'annualGrowth', guardQualifiedNumber),
  level: (target) =>
    checkObject(target, 'targetValue', guardQualifiedNumber) ??
    checkOneOf(target, 'interpolation', ['compound', 'linear']),
  growthRate: (target) => checkObject(target, 'annualGrowth', guardQualifiedNumber),
  cumulativeChange: (target) =>
    checkObject(target, 'change', guardNumberRange) ?? checkNumberOrNull(target, 'targetValue'),
  cumulativeReduction: (target) => checkObject(target, 'reductionPercent', guardNumberRange),
  ceiling: guardBound,
  floor: guardBound,
  keepStable: (target) =>
    member(target, 'reference') === null
      ? null
      : checkObject(target, 'reference', guardQualifiedNumber),
  structure: (target) =>
    (member(target, 'baseComponents') === null
      ? null
      : checkComponents(target, 'baseComponents')) ?? checkComponents(target, 'targetComponents'),
  relational: (target) =>
    checkOneOf(target, 'relation', ['above', 'inStep', 'below']) ??
    checkText(target, 'referenceName'),
  judgment: (target) =>
    checkOneOf(target, 'reason', ['qualitative', 'provinceSet', 'notSpecified']) ??
    checkText(target, 'text', LONG_TEXT_MAX),
};

/** Guard of an indicator's Target: a known kind with every member that kind needs. */
export function guardTarget(value: unknown): GuardIssue | null {
  const target = asFields(value);
  if (!target) return notAnObject(value);
  const kindIssue = checkOneOf(target, 'kind', TARGET_KINDS);
  if (kindIssue) return kindIssue;
  return KIND_GUARDS[member(target, 'kind') as TargetKind](target);
}

function guardQualifiedNumber(value: unknown): GuardIssue | null {
  const fields = value as Fields;
  return checkNumber(fields, 'value') ?? checkOneOf(fields, 'qualifier', QUALIFIERS);
}

function guardNumberRange(value: unknown): GuardIssue | null {
  const fields = value as Fields;
  const problem =
    checkNumber(fields, 'min') ??
    checkNumber(fields, 'max') ??
    checkOneOf(fields, 'qualifier', QUALIFIERS);
  if (problem) return problem;
  const min = member(fields, 'min') as number;
  const max = member(fields, 'max') as number;
  return min <= max ? null : { field: 'max', message: `不应小于下限 ${min}（现为「${max}」）` };
}

function guardBound(target: Fields): GuardIssue | null {
  return (
    checkNumber(target, 'limit') ??
    checkBoolean(target, 'inclusive') ??
    checkBoolean(target, 'isApproximate')
  );
}

function checkComponents(target: Fields, key: string): GuardIssue | null {
  const list = member(target, key);
  if (Array.isArray(list) && (list.length === 0 || list.length > LIST_MAX)) {
    return { field: key, message: `应为 1–${LIST_MAX} 个数字的列表（现有 ${list.length} 项）` };
  }
  return checkList(target, key, (item, index) =>
    typeof item === 'number' && Number.isFinite(item)
      ? null
      : { field: `${key}[${index}]`, message: '应为数字' },
  );
}
