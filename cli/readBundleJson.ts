/**
 * Reads a plan JSON back (issue 14「The CLI accepts its own output」): a PlanBundle as the seeds
 * and backups hold it, or what `parse` prints (indicators without planId or departments, a
 * completion table's values as actual2020 / actualGrowth / officialVerdict). Each field the
 * engine relies on is checked, and a bad one is named in Chinese; deep target checks belong to
 * the importers' guards.
 */
import { guardPlanBundle } from '../shared/domain/guards/guardPlanBundle';
import { decodeUserText } from '../shared/lib/textCodec';
import type { ActualValue, Measure, ValueStatus } from '../shared/domain/actualValue';
import { MEASURES, VALUE_STATUSES } from '../shared/domain/actualValue';
import { asIndicatorId, asPlanId } from '../shared/domain/ids';
import type { Attribute, Indicator } from '../shared/domain/indicator';
import type { Plan } from '../shared/domain/plan';
import type { OfficialAssessment, PlanBundle } from '../shared/domain/planBundle';
import { TARGET_KIND_LABELS } from '../shared/domain/target';
import { fail, type Result } from '../shared/lib/result';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Thrown inside this module only, caught by readBundleJson: the field and what is wrong. */
class FieldError extends Error {}

function need<T>(ok: boolean, value: unknown, field: string, expected: string): T {
  if (!ok) throw new FieldError(`字段「${field}」应为${expected}，实际为${shown(value)}`);
  return value as T;
}

function shown(value: unknown): string {
  if (value === undefined) return '缺失';
  const text = JSON.stringify(value) ?? String(value);
  return `「${text.length > 40 ? `${text.slice(0, 40)}…` : text}」`;
}

const text = (o: Json, key: string, at: string, fallback?: string): string =>
  o[key] === undefined && fallback !== undefined
    ? fallback
    : need(typeof o[key] === 'string', o[key], `${at}${key}`, '文字');

const integer = (o: Json, key: string, at: string): number =>
  need(Number.isInteger(o[key]), o[key], `${at}${key}`, '整数年份');

function oneOf<T extends string>(o: Json, key: string, at: string, values: readonly T[]): T {
  return need(values.includes(o[key] as T), o[key], `${at}${key}`, values.join('、') + '之一');
}

function list(o: Json, key: string, at: string, fallback?: unknown[]): unknown[] {
  if (o[key] === undefined && fallback !== undefined) return fallback;
  return need(Array.isArray(o[key]), o[key], `${at}${key}`, '数组');
}

/** Parses and checks the JSON; the problem names the file and the field. */
export function readBundleJson(bytes: Uint8Array, fileName: string): Result<PlanBundle> {
  let data: unknown;
  try {
    data = JSON.parse(decodeUserText(bytes).text);
  } catch (error) {
    return fail(`不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`, {
      file: fileName,
    });
  }
  if (!isObject(data) || !isObject(data.plan) || !Array.isArray(data.indicators)) {
    return fail('不是规划数据（应包含 plan 和 indicators）', { file: fileName });
  }
  try {
    // The same deep guards as a backup restore: a bad target kind or a year of 1e9 is refused
    // here, not met as a stack trace or an out-of-memory inside `evaluate` or `report`.
    return guardPlanBundle(bundleOf(data as Json & { plan: Json }), fileName);
  } catch (error) {
    if (error instanceof FieldError)
      return fail(`规划数据有误：${error.message}`, { file: fileName });
    throw error;
  }
}

function bundleOf(data: Json & { plan: Json }): PlanBundle {
  const plan = planOf(data.plan);
  const rows = list(data, 'indicators', '');
  const indicators = rows.map((row, index) => indicatorOf(row, index, plan));
  const parsed = rows.map((row) => row as Json);
  const actualValues =
    data.actualValues === undefined
      ? parsed.flatMap((row, index) => parsedActuals(row, indicators[index] as Indicator, plan))
      : list(data, 'actualValues', '').map((row, index) => actualOf(row, index));
  const officialAssessments =
    data.officialAssessments === undefined
      ? parsed.flatMap((row, index) => parsedAssessment(row, indicators[index] as Indicator))
      : (list(data, 'officialAssessments', '') as OfficialAssessment[]);
  return { plan, indicators, actualValues, officialAssessments };
}

function planOf(o: Json): Plan {
  const at = 'plan.';
  const baseYear = integer(o, 'baseYear', at);
  const targetYear = integer(o, 'targetYear', at);
  need(targetYear > baseYear, targetYear, `${at}targetYear`, `晚于基期年${baseYear}的年份`);
  return {
    id: asPlanId(text(o, 'id', at, 'cli-plan')),
    name: text(o, 'name', at),
    region: text(o, 'region', at, ''),
    level: oneOf(o, 'level', at, ['国家', '省', '市', '区县', '其他']),
    periodLabel: text(o, 'periodLabel', at, ''),
    baseYear,
    targetYear,
    tableKind: oneOf(o, 'tableKind', at, ['main', 'completion']),
    notes: list(o, 'notes', at, []).map((note, index) =>
      need<string>(typeof note === 'string', note, `${at}notes[${index}]`, '文字'),
    ),
    origin: isObject(o.origin) ? (o.origin as Plan['origin']) : { type: 'empty' },
  };
}

function indicatorOf(row: unknown, index: number, plan: Plan): Indicator {
  const at = `indicators[${index}].`;
  const o = need<Json>(isObject(row), row, `indicators[${index}]`, '对象');
  const target = need<Json>(isObject(o.target), o.target, `${at}target`, '对象');
  const kinds = Object.keys(TARGET_KIND_LABELS);
  need(kinds.includes(target.kind as string), target.kind, `${at}target.kind`, '目标类型');
  const base = need<Json>(isObject(o.base), o.base, `${at}base`, '对象');
  need(
    base.value === null || typeof base.value === 'number',
    base.value,
    `${at}base.value`,
    '数值或 null',
  );
  integer(base, 'year', `${at}base.`);
  const order = o.order === undefined ? index + 1 : o.order;
  return {
    id: asIndicatorId(text(o, 'id', at)),
    planId: plan.id,
    order: need(Number.isInteger(order), order, `${at}order`, '整数'),
    category: text(o, 'category', at, ''),
    name: text(o, 'name', at),
    unit: text(o, 'unit', at, ''),
    baseRaw: text(o, 'baseRaw', at, ''),
    targetRaw: text(o, 'targetRaw', at, ''),
    growthRaw: text(o, 'growthRaw', at, ''),
    base: base as unknown as Indicator['base'],
    target: target as unknown as Indicator['target'],
    // null: a table without 属性, not filled yet (decision 0044).
    attribute:
      o['attribute'] === null ? null : oneOf<Attribute>(o, 'attribute', at, ['预期性', '约束性']),
    direction: oneOf(o, 'direction', at, ['higherIsBetter', 'lowerIsBetter']),
    departments: list(o, 'departments', at, []).map((name, i) =>
      need<string>(typeof name === 'string', name, `${at}departments[${i}]`, '文字'),
    ),
    remarks: text(o, 'remarks', at, ''),
    warnings: list(o, 'warnings', at, []) as Indicator['warnings'],
  };
}

function actualOf(row: unknown, index: number): ActualValue {
  const at = `actualValues[${index}].`;
  const o = need<Json>(isObject(row), row, `actualValues[${index}]`, '对象');
  return {
    indicatorId: asIndicatorId(text(o, 'indicatorId', at)),
    year: integer(o, 'year', at),
    measure: oneOf<Measure>(o, 'measure', at, MEASURES),
    value: need(Number.isFinite(o.value), o.value, `${at}value`, '数值'),
    status: oneOf<ValueStatus>(o, 'status', at, VALUE_STATUSES),
    source: text(o, 'source', at, ''),
    note: text(o, 'note', at, ''),
  };
}

/** A completion table's values as `parse` prints them (actual2020, actualGrowth). */
function parsedActuals(row: Json, indicator: Indicator, plan: Plan): ActualValue[] {
  const actual = isObject(row.actual2020) ? row.actual2020 : null;
  const year = typeof actual?.year === 'number' ? actual.year : plan.targetYear;
  const status = VALUE_STATUSES.includes(actual?.status as ValueStatus)
    ? (actual?.status as ValueStatus)
    : '年报数';
  const make = (measure: Measure, value: number): ActualValue => ({
    indicatorId: indicator.id,
    year,
    measure,
    value,
    status,
    source: '',
    note: '',
  });
  const values: ActualValue[] = [];
  if (typeof actual?.value === 'number') values.push(make('value', actual.value));
  const growth = isObject(row.actualGrowth) ? row.actualGrowth : null;
  if (growth && typeof growth.value === 'number' && MEASURES.includes(growth.measure as Measure)) {
    values.push(make(growth.measure as Measure, growth.value));
  }
  return values;
}

function parsedAssessment(row: Json, indicator: Indicator): OfficialAssessment[] {
  if (!('officialVerdict' in row) && !('actual2020' in row)) return [];
  const actual = isObject(row.actual2020) ? row.actual2020 : {};
  return [
    {
      indicatorId: indicator.id,
      verdictRaw: typeof row.officialVerdict === 'string' ? row.officialVerdict : '',
      actualRaw: typeof actual.raw === 'string' ? actual.raw : '',
      actualGrowthRaw: typeof row.actualGrowthRaw === 'string' ? row.actualGrowthRaw : '',
    },
  ];
}
