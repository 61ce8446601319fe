/**
 * Building blocks of the stored-row guards (docs/decisions/0032-one-guard-per-stored-row.md):
 * each check looks at one field of a record and returns what is wrong with it, or null. Guards
 * chain checks with `??`, so the first problem is reported and nothing after it is evaluated.
 */

/** What is wrong with a row: the field (dotted path, e.g. `target.kind`) and why, in Chinese. */
export type GuardIssue = { readonly field: string; readonly message: string };

/** A guard: null when the value is a well-formed row of its type. Never throws. */
export type Guard = (value: unknown) => GuardIssue | null;

/** A JSON object seen as a record of unknown members. */
export type Fields = Readonly<Record<string, unknown>>;

/** Years a plan, an indicator's base or a value may refer to (no Five-Year Plan lies outside). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** Longest id, key, name or label (characters): far above any real one, far below a flood. */
export const SHORT_TEXT_MAX = 2_000;

/** Longest free text (report section, change-log JSON, remarks, notes). */
export const LONG_TEXT_MAX = 1_000_000;

/** Most items of a list inside one row (departments, notes, warnings, structure components). */
export const LIST_MAX = 10_000;

/** The record when `value` is a plain JSON object, else null. */
export function asFields(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

/** The value of an own member only: a key such as `__proto__` or `toString` is never inherited. */
export function member(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** Prefixes the field of an issue with the path of the object it was found in. */
export function within(prefix: string, issue: GuardIssue | null): GuardIssue | null {
  return (
    issue && { field: issue.field ? `${prefix}.${issue.field}` : prefix, message: issue.message }
  );
}

/** A short quotation of a bad value for a message: never the whole of a 10 MB string. */
export function quoteValue(value: unknown): string {
  let text: string;
  if (value === undefined) return '缺失';
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    text = String(value);
  else text = Array.isArray(value) ? '列表' : '对象';
  const short = text.length > 30 ? `${text.slice(0, 30)}…（共 ${text.length} 个字符）` : text;
  return `现为「${short}」`;
}

function issue(field: string, expected: string, value: unknown): GuardIssue {
  // A space between Chinese and a leading number or Latin word, as in 「第 3 行」.
  const gap = /^[\w-]/.test(expected) ? ' ' : '';
  return { field, message: `应为${gap}${expected}（${quoteValue(value)}）` };
}

/** A string of at most `max` characters (empty allowed unless `nonEmpty`). */
export function checkText(
  fields: Fields,
  key: string,
  max = SHORT_TEXT_MAX,
  nonEmpty = false,
): GuardIssue | null {
  const value = member(fields, key);
  if (typeof value !== 'string') return issue(key, '文本', value);
  if (value.length > max) return issue(key, `不超过 ${max} 个字符的文本`, value);
  return nonEmpty && value === '' ? issue(key, '非空文本', value) : null;
}

/** An id or key: a non-empty string of at most SHORT_TEXT_MAX characters. */
export function checkId(fields: Fields, key: string): GuardIssue | null {
  return checkText(fields, key, SHORT_TEXT_MAX, true);
}

/** A string or null. */
export function checkTextOrNull(
  fields: Fields,
  key: string,
  max = SHORT_TEXT_MAX,
): GuardIssue | null {
  return member(fields, key) === null ? null : checkText(fields, key, max);
}

/** A finite number. */
export function checkNumber(fields: Fields, key: string): GuardIssue | null {
  const value = member(fields, key);
  return typeof value === 'number' && Number.isFinite(value) ? null : issue(key, '数字', value);
}

/** A finite number or null. */
export function checkNumberOrNull(fields: Fields, key: string): GuardIssue | null {
  return member(fields, key) === null ? null : checkNumber(fields, key);
}

/** An integer in [min, max]. */
export function checkInteger(
  fields: Fields,
  key: string,
  min: number,
  max: number,
): GuardIssue | null {
  const value = member(fields, key);
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? null
    : issue(key, `${min}–${max} 之间的整数`, value);
}

/** A calendar year between YEAR_MIN and YEAR_MAX. */
export function checkYear(fields: Fields, key: string): GuardIssue | null {
  const value = member(fields, key);
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= YEAR_MIN &&
    value <= YEAR_MAX
    ? null
    : issue(key, `${YEAR_MIN}–${YEAR_MAX} 之间的整数年份`, value);
}

/** true or false. */
export function checkBoolean(fields: Fields, key: string): GuardIssue | null {
  const value = member(fields, key);
  return typeof value === 'boolean' ? null : issue(key, '是或否（true/false）', value);
}

/** One of a fixed set of strings. */
export function checkOneOf(
  fields: Fields,
  key: string,
  options: readonly string[],
): GuardIssue | null {
  const value = member(fields, key);
  return typeof value === 'string' && options.includes(value)
    ? null
    : issue(key, `${options.join('、')} 之一`, value);
}

/** A list of at most LIST_MAX strings, each at most `max` characters. */
export function checkTextList(
  fields: Fields,
  key: string,
  max = SHORT_TEXT_MAX,
): GuardIssue | null {
  return checkList(fields, key, (item, index) =>
    typeof item === 'string' && item.length <= max
      ? null
      : issue(`${key}[${index}]`, `不超过 ${max} 个字符的文本`, item),
  );
}

/** A list of at most LIST_MAX items, each passing `checkItem` (index is 0-based). */
export function checkList(
  fields: Fields,
  key: string,
  checkItem: (item: unknown, index: number) => GuardIssue | null,
): GuardIssue | null {
  const value = member(fields, key);
  if (!Array.isArray(value)) return issue(key, '列表', value);
  if (value.length > LIST_MAX)
    return issue(key, `不超过 ${LIST_MAX} 项的列表`, `${value.length} 项`);
  for (let index = 0; index < value.length; index += 1) {
    const problem = checkItem(value[index], index);
    if (problem) return problem;
  }
  return null;
}

/** An object member checked by `guard`, with the member's name prefixed to the issue's field. */
export function checkObject(fields: Fields, key: string, guard: Guard): GuardIssue | null {
  const value = member(fields, key);
  if (!asFields(value)) return issue(key, '对象', value);
  return within(key, guard(value));
}

/** The issue for a value that is not an object at all (a row, or a member of one). */
export function notAnObject(value: unknown, field = ''): GuardIssue {
  return issue(field, '对象', value);
}
