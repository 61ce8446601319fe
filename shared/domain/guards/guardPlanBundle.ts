import type { PlanBundle } from '../planBundle';
import { fail, ok } from '../../lib/result';
import type { Result } from '../../lib/result';
import { guardActualValue } from './guardActualValue';
import { asFields, member } from './guardCore';
import type { Guard, GuardIssue } from './guardCore';
import { guardIndicator } from './guardIndicator';
import { guardOfficialAssessment } from './guardOfficialAssessment';
import { guardPlan } from './guardPlan';
import { findTooDeep, formatPath, MAX_NESTING } from './nestingDepth';
import { compoundKey, findDuplicate } from './rowIdentity';

type Row = Readonly<Record<string, unknown>>;
type ListName = 'indicators' | 'actualValues' | 'officialAssessments';

const LIST_LABELS: Readonly<Record<ListName, string>> = {
  indicators: '指标',
  actualValues: '实际值',
  officialAssessments: '官方评价',
};

const LIST_GUARDS: Readonly<Record<ListName, Guard>> = {
  indicators: guardIndicator,
  actualValues: guardActualValue,
  officialAssessments: guardOfficialAssessment,
};

/**
 * Checks untrusted JSON as a PlanBundle (a plan file given to the CLI or the app) with the same
 * guards as a backup restore: every row well formed, indicators belonging to the plan with unique
 * ids, values and official verdicts of indicators that exist, each once. Never throws.
 */
export function guardPlanBundle(value: unknown, fileName?: string): Result<PlanBundle> {
  const location = fileName ? { file: fileName } : undefined;
  const tooDeep = findTooDeep(value, MAX_NESTING);
  if (tooDeep) {
    const where = formatPath(tooDeep.path);
    return fail(`规划数据嵌套超过 ${MAX_NESTING} 层（在「${where}」处），不是规划数据`, location);
  }
  const bundle = asFields(value);
  if (
    !bundle ||
    !asFields(member(bundle, 'plan')) ||
    !Array.isArray(member(bundle, 'indicators'))
  ) {
    return fail('不是规划数据（应包含 plan、indicators、actualValues）', location);
  }
  const problem = firstProblem(bundle);
  return problem ? fail(problem, location) : ok(withDefaults(bundle));
}

function firstProblem(bundle: Row): string | null {
  const planIssue = guardPlan(bundle.plan);
  if (planIssue) return `规划的字段「${planIssue.field}」${planIssue.message}`;
  for (const name of ['actualValues', 'officialAssessments'] as const) {
    const list = member(bundle, name);
    if (list !== undefined && !Array.isArray(list)) return `「${name}」应为列表`;
  }
  return rowProblems(bundle) ?? referenceProblems(bundle);
}

function rowProblems(bundle: Row): string | null {
  for (const name of Object.keys(LIST_GUARDS) as ListName[]) {
    const rows = listOf(bundle, name);
    for (let index = 0; index < rows.length; index += 1) {
      const issue = LIST_GUARDS[name](rows[index]);
      if (issue) return describe(name, index, issue);
    }
  }
  return null;
}

function referenceProblems(bundle: Row): string | null {
  const planId = (bundle.plan as Row).id;
  const indicators = listOf(bundle, 'indicators');
  const stray = indicators.findIndex((row) => row.planId !== planId);
  if (stray >= 0)
    return describe('indicators', stray, {
      field: 'planId',
      message: `应为本规划的编号「${String(planId)}」`,
    });
  const ids = new Set(indicators.map((row) => row.id as string));
  const duplicate =
    checkUnique(bundle, 'indicators', (row) => row.id as string) ??
    checkUnique(bundle, 'actualValues', (row) =>
      compoundKey(row.indicatorId as string, row.year as number, row.measure as string),
    ) ??
    checkUnique(bundle, 'officialAssessments', (row) => row.indicatorId as string);
  if (duplicate) return duplicate;
  for (const name of ['actualValues', 'officialAssessments'] as const) {
    const rows = listOf(bundle, name);
    const orphan = rows.findIndex((row) => !ids.has(row.indicatorId as string));
    if (orphan >= 0)
      return describe(name, orphan, { field: 'indicatorId', message: '对应的指标不存在' });
  }
  return null;
}

function checkUnique(bundle: Row, name: ListName, keyOf: (row: Row) => string): string | null {
  const duplicate = findDuplicate(listOf(bundle, name), keyOf);
  return duplicate
    ? describe(name, duplicate.index, {
        field: '',
        message: `与第 ${duplicate.firstIndex + 1} 条重复`,
      })
    : null;
}

function describe(name: ListName, index: number, issue: GuardIssue): string {
  const where = `规划数据中第 ${index + 1} 条${LIST_LABELS[name]}`;
  return issue.field
    ? `${where}的字段「${issue.field}」${issue.message}`
    : `${where}${issue.message}`;
}

function listOf(bundle: Row, name: ListName): readonly Row[] {
  const list = member(bundle, name);
  return Array.isArray(list) ? (list as Row[]) : [];
}

function withDefaults(bundle: Row): PlanBundle {
  const value = {
    plan: bundle.plan,
    indicators: listOf(bundle, 'indicators'),
    actualValues: listOf(bundle, 'actualValues'),
    officialAssessments: listOf(bundle, 'officialAssessments'),
  };
  // Every member was checked by its guard above.
  return value as unknown as PlanBundle;
}
