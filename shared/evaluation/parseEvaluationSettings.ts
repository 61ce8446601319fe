/**
 * Reads evaluation thresholds written by a user (the CLI's `--settings file.json`) or stored for a
 * plan: the shape of EvaluationSettings, every field optional (a missing one keeps its default),
 * each number checked against its range. Errors name the field by its path and Chinese label.
 */
import type { Result } from '../lib/result';
import { fail, ok } from '../lib/result';
import type { EvaluationSettings } from './evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from './evaluationSettings';
import type { SettingField } from './settingsFields';
import { SETTING_FIELDS, settingAt, settingText } from './settingsFields';

const FIELD_BY_PATH = new Map(SETTING_FIELDS.map((field) => [field.path, field]));

/** Parses the text of a settings file (JSON); `file` names it in errors. */
export function parseEvaluationSettingsText(
  text: string,
  file?: string,
): Result<EvaluationSettings> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`评估设置文件不是有效的 JSON（${reason}）。`, file ? { file } : undefined);
  }
  const parsed = parseEvaluationSettings(json);
  if (parsed.ok || !file) return parsed;
  return fail(parsed.error.message, { file });
}

/** Checks a settings object and fills what it leaves out with the defaults. */
export function parseEvaluationSettings(json: unknown): Result<EvaluationSettings> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('评估设置应为一个 JSON 对象，如 {"midterm": {"aheadRatio": 1.2}}。');
  }
  const merged = mergeInto(DEFAULT_EVALUATION_SETTINGS, json as Record<string, unknown>, '');
  if (typeof merged === 'string') return fail(merged);
  const settings = merged as EvaluationSettings;
  const order = checkOrder(settings);
  return order ? fail(order) : ok(settings);
}

/** The defaults with `given` laid over them; a Chinese message on the first bad field. */
function mergeInto(
  defaults: object,
  given: Readonly<Record<string, unknown>>,
  prefix: string,
): object | string {
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    const path = `${prefix}${key}`;
    if (!Object.hasOwn(defaults, key)) return `未知的设置项「${path}」，请核对名称。`;
    const fallback = (defaults as Record<string, unknown>)[key];
    const checked = checkValue(path, fallback, value);
    if (typeof checked === 'string') return checked;
    result[key] = checked.value;
  }
  return result;
}

function checkValue(
  path: string,
  fallback: unknown,
  value: unknown,
): { readonly value: unknown } | string {
  if (typeof fallback === 'object' && fallback !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `设置项「${path}」应为对象。`;
    }
    const merged = mergeInto(fallback, value as Record<string, unknown>, `${path}.`);
    return typeof merged === 'string' ? merged : { value: merged };
  }
  if (typeof fallback === 'number') return checkNumber(path, value);
  if (typeof value !== typeof fallback) return `设置项「${path}」的类型不对。`;
  return { value };
}

function checkNumber(path: string, value: unknown): { readonly value: number } | string {
  const field = FIELD_BY_PATH.get(path);
  const name = field ? `「${path}」（${field.label}）` : `「${path}」`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `设置项${name}应为数字。`;
  if (field && (value < field.min || value > field.max)) {
    return `设置项${name}为${value}，超出允许范围${rangeText(field)}。`;
  }
  return { value };
}

function rangeText(field: SettingField): string {
  const unit = field.scale === 'percent' ? '（按小数填写，1.2 即 120%）' : '';
  return `${field.min}—${field.max}${unit}`;
}

/** The mid-term and end-of-term cut-offs must keep their order, or a verdict could not be reached. */
function checkOrder(settings: EvaluationSettings): string | null {
  const pairs: readonly (readonly [string, string])[] = [
    ['midterm.onTrackRatio', 'midterm.aheadRatio'],
    ['midterm.bindingOnTrackRatio', 'midterm.aheadRatio'],
  ];
  for (const [lower, upper] of pairs) {
    const low = settingAt(settings, lower) ?? 0;
    const high = settingAt(settings, upper) ?? 0;
    if (low > high) {
      const lowField = FIELD_BY_PATH.get(lower);
      const highField = FIELD_BY_PATH.get(upper);
      if (!lowField || !highField) continue;
      return `设置项「${lower}」（${lowField.label}）为${settingText(lowField, low)}，不应高于「${upper}」（${highField.label}）的${settingText(highField, high)}。`;
    }
  }
  return null;
}
