/**
 * Arbitraries of well-formed stored rows (fast-check), and the poison a property test puts in one
 * field of them: every guard must accept the former and name the field of the latter.
 */
import fc from 'fast-check';
import { MEASURES, VALUE_STATUSES } from '../../../../shared/domain/actualValue';
import { QUALIFIERS } from '../../../../shared/domain/guards/guardTarget';
import type { Target } from '../../../../shared/domain/target';

export const text = fc.string({ maxLength: 20 });
export const idText = fc.string({ minLength: 1, maxLength: 20 });
export const year = fc.integer({ min: 1900, max: 2100 });
export const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const qualified = fc.record({ value: finite, qualifier: fc.constantFrom(...QUALIFIERS) });
const range = fc
  .tuple(finite, finite, fc.constantFrom(...QUALIFIERS))
  .map(([a, b, qualifier]) => ({ min: Math.min(a, b), max: Math.max(a, b), qualifier }));

/** Every target kind with random members. */
export const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({
    kind: fc.constant('levelWithGrowth' as const),
    targetValue: fc.option(finite),
    annualGrowth: qualified,
  }),
  fc.record({
    kind: fc.constant('level' as const),
    targetValue: qualified,
    interpolation: fc.constantFrom('compound' as const, 'linear' as const),
  }),
  fc.record({ kind: fc.constant('growthRate' as const), annualGrowth: qualified }),
  fc.record({
    kind: fc.constant('cumulativeChange' as const),
    change: range,
    targetValue: fc.option(finite),
  }),
  fc.record({ kind: fc.constant('cumulativeReduction' as const), reductionPercent: range }),
  fc.record({
    kind: fc.constant('ceiling' as const),
    limit: finite,
    inclusive: fc.boolean(),
    isApproximate: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('floor' as const),
    limit: finite,
    inclusive: fc.boolean(),
    isApproximate: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('keepStable' as const), reference: fc.option(qualified) }),
  fc.record({
    kind: fc.constant('structure' as const),
    baseComponents: fc.option(fc.array(finite, { minLength: 1, maxLength: 4 })),
    targetComponents: fc.array(finite, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('relational' as const),
    relation: fc.constantFrom('above' as const, 'inStep' as const, 'below' as const),
    referenceName: text,
  }),
  fc.record({
    kind: fc.constant('judgment' as const),
    reason: fc.constantFrom(
      'qualitative' as const,
      'provinceSet' as const,
      'notSpecified' as const,
    ),
    text,
  }),
);

export const baseValue = fc.record({
  value: fc.option(finite),
  year,
  isEstimate: fc.boolean(),
  isOtherYear: fc.boolean(),
  isPeriodAverage: fc.boolean(),
  isApproximate: fc.boolean(),
});

export const indicator = fc.record({
  id: idText,
  planId: idText,
  order: fc.integer({ min: 1, max: 500 }),
  category: text,
  name: text,
  unit: text,
  baseRaw: text,
  targetRaw: text,
  growthRaw: text,
  base: baseValue,
  target,
  attribute: fc.constantFrom('预期性', '约束性'),
  direction: fc.constantFrom('higherIsBetter', 'lowerIsBetter'),
  departments: fc.array(text, { maxLength: 3 }),
  remarks: text,
  warnings: fc.array(
    fc.record(
      { message: text, line: fc.nat(), column: text, cellText: text },
      { requiredKeys: ['message'] },
    ),
    { maxLength: 2 },
  ),
});

export const plan = fc
  .record({
    id: idText,
    name: text,
    region: text,
    level: fc.constantFrom('国家', '省', '市', '区县', '其他'),
    periodLabel: text,
    baseYear: fc.integer({ min: 1900, max: 2099 }),
    span: fc.integer({ min: 1, max: 10 }),
    tableKind: fc.constantFrom('main', 'completion'),
    notes: fc.array(text, { maxLength: 3 }),
    origin: fc.oneof(
      fc.constant({ type: 'pasted' }),
      fc.constant({ type: 'empty' }),
      idText.map((seedKey) => ({ type: 'builtin', seedKey })),
      text.map((fileName) => ({ type: 'file', fileName })),
    ),
  })
  .map(({ span, ...rest }) => ({ ...rest, targetYear: Math.min(2100, rest.baseYear + span) }));

export const actualValue = fc.record({
  indicatorId: idText,
  year,
  measure: fc.constantFrom(...MEASURES),
  value: finite,
  status: fc.constantFrom(...VALUE_STATUSES),
  source: text,
  note: text,
});

/** Values no field of a stored row may hold. */
export const poison = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e15,
  2020.5,
  '12',
  '',
  'x'.repeat(2_000_001),
  {},
  [],
  { kind: 'x' },
  [[[[]]]],
);

/** Every path of leaves (primitives) in a value, e.g. ['target', 'annualGrowth', 'value']. */
export function leafPaths(
  value: unknown,
  prefix: readonly (string | number)[] = [],
): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [[...prefix]];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  if (entries.length === 0) return [[...prefix]];
  return entries.flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
}

/** A deep copy of `value` with the member at `path` replaced by `replacement` (undefined deletes it). */
export function withMember(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (replacement === undefined) delete at[last];
  else at[last] = replacement;
  return copy;
}

/** The field as the guards write it: `target.annualGrowth.value`, `departments[0]`. */
export function fieldOf(path: readonly (string | number)[]): string {
  let field = '';
  for (const key of path) field += typeof key === 'number' ? `[${key}]` : field ? `.${key}` : key;
  return field;
}
