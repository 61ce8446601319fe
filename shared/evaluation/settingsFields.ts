/**
 * The editable thresholds of EvaluationSettings, each with its Chinese label, how it is shown
 * (a ratio as %, a relative tolerance as %, percentage points as they are) and its allowed range.
 * docs/evaluation-method.md「二、默认阈值及其来源」lists the same fields in the same order; the form
 * in 评估分析, the CLI's `--settings` file check and the report's method note all read this list.
 */
import type { EvaluationSettings } from './evaluationSettings';

/** How a field's number is shown and typed: a share (1.2 → 120%) or percentage points (0.5). */
export type SettingScale = 'percent' | 'points';

/** One editable threshold. */
export type SettingField = {
  /** Dotted path in EvaluationSettings: `midterm.aheadRatio`. */
  readonly path: string;
  /** Chinese label, as in docs/evaluation-method.md. */
  readonly label: string;
  readonly scale: SettingScale;
  /** Allowed range in stored units (1.2 for 120%); both ends included. */
  readonly min: number;
  readonly max: number;
};

/** The fields, grouped as the method document groups them. */
export const SETTING_FIELDS: readonly SettingField[] = [
  {
    path: 'midterm.aheadRatio',
    label: '快于预期：进度比R不低于',
    scale: 'percent',
    min: 0.5,
    max: 5,
  },
  {
    path: 'midterm.onTrackRatio',
    label: '符合预期：进度比R不低于（预期性）',
    scale: 'percent',
    min: 0.1,
    max: 5,
  },
  {
    path: 'midterm.bindingOnTrackRatio',
    label: '符合预期：进度比R不低于（约束性）',
    scale: 'percent',
    min: 0.1,
    max: 5,
  },
  {
    path: 'final.earlyRatio',
    label: '提前完成：进度比R不低于（无中间年份数据时）',
    scale: 'percent',
    min: 1,
    max: 5,
  },
  {
    path: 'final.basicallyCompleteRatio',
    label: '基本完成：进度比R不低于（预期性）',
    scale: 'percent',
    min: 0,
    max: 1,
  },
  {
    path: 'final.bindingBasicallyCompleteRatio',
    label: '基本完成：进度比R不低于（约束性）',
    scale: 'percent',
    min: 0,
    max: 1,
  },
  {
    path: 'about.ratePoints',
    label: '“左右”容差：增速及%指标',
    scale: 'points',
    min: 0,
    max: 10,
  },
  {
    path: 'about.levelRelative',
    label: '“左右”容差：水平目标，目标值的',
    scale: 'percent',
    min: 0,
    max: 0.5,
  },
  {
    path: 'about.changeRelative',
    label: '“左右”容差：累计变化，规划变化量的',
    scale: 'percent',
    min: 0,
    max: 1,
  },
  {
    path: 'keepStable.tolerance',
    label: '保持稳定：容许回落（预期性）',
    scale: 'percent',
    min: 0,
    max: 0.5,
  },
  {
    path: 'keepStable.bindingTolerance',
    label: '保持稳定：容许回落（约束性）',
    scale: 'percent',
    min: 0,
    max: 0.5,
  },
  {
    path: 'inStepPoints',
    label: '与GDP增长基本同步：增速差不超过',
    scale: 'points',
    min: 0,
    max: 10,
  },
];

/** The number at a dotted path, or undefined when the path does not lead to a number. */
export function settingAt(settings: EvaluationSettings, path: string): number | undefined {
  let node: unknown = settings;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : undefined;
}

/** A copy of `settings` with the number at `path` replaced (the path must exist). */
export function withSetting(
  settings: EvaluationSettings,
  path: string,
  value: number,
): EvaluationSettings {
  const [head, ...rest] = path.split('.');
  return setIn(settings, head ?? '', rest, value) as EvaluationSettings;
}

function setIn(node: unknown, key: string, rest: readonly string[], value: number): unknown {
  const record = node as Record<string, unknown>;
  const [next, ...tail] = rest;
  const child = next === undefined ? value : setIn(record[key], next, tail, value);
  return { ...record, [key]: child };
}

/** A stored number as typed in the form: 1.2 → 120 (percent), 0.5 → 0.5 (points). */
export function toDisplay(field: SettingField, value: number): number {
  return field.scale === 'percent' ? Math.round(value * 1e6) / 1e4 : value;
}

/** A typed number back to its stored form: 120 → 1.2 (percent). */
export function fromDisplay(field: SettingField, value: number): number {
  return field.scale === 'percent' ? Math.round(value * 1e4) / 1e6 : value;
}

/** A field's value as the method note prints it: 120%, ±0.5个百分点. */
export function settingText(field: SettingField, value: number): string {
  const shown = toDisplay(field, value);
  return field.scale === 'percent' ? `${shown}%` : `${shown}个百分点`;
}
