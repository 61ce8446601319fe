/**
 * The report's method note on thresholds: the values in force for the plan, and which of them the
 * evaluator changed from the defaults (docs/evaluation-method.md「二、默认阈值及其来源」), so a
 * reader can tell a verdict that follows from a changed threshold.
 */
import type { EvaluationMode } from '../domain/verdict';
import type { EvaluationSettings } from './evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from './evaluationSettings';
import type { SettingField } from './settingsFields';
import { SETTING_FIELDS, settingAt, settingText } from './settingsFields';

/** Fields that matter in a mode: mid-term ratios are not used at the end of the term and back. */
function fieldsOf(mode: EvaluationMode): readonly SettingField[] {
  const skipped = mode === 'midterm' ? 'final.' : 'midterm.';
  return SETTING_FIELDS.filter((field) => !field.path.startsWith(skipped));
}

/** The fields whose value differs from the default, with both values. */
export function changedSettings(
  settings: EvaluationSettings,
): { field: SettingField; value: number; defaultValue: number }[] {
  const changed: { field: SettingField; value: number; defaultValue: number }[] = [];
  for (const field of SETTING_FIELDS) {
    const value = settingAt(settings, field.path);
    const defaultValue = settingAt(DEFAULT_EVALUATION_SETTINGS, field.path);
    if (value === undefined || defaultValue === undefined) continue;
    if (Math.abs(value - defaultValue) > 1e-12) changed.push({ field, value, defaultValue });
  }
  return changed;
}

/**
 * One note: 「评价阈值：快于预期：进度比R不低于120%；……。其中“快于预期：进度比R不低于”由默认的120%
 * 调整为130%。」 The values are those of the mode; changes are named whatever the mode.
 */
export function settingsNoteText(settings: EvaluationSettings, mode: EvaluationMode): string {
  const values = fieldsOf(mode)
    .map((field) => {
      const value = settingAt(settings, field.path);
      return value === undefined ? null : `${field.label}${settingText(field, value)}`;
    })
    .filter((text): text is string => text !== null)
    .join('；');
  const changed = changedSettings(settings);
  const changes =
    changed.length === 0
      ? '均为默认值。'
      : `其中${changed
          .map(
            ({ field, value, defaultValue }) =>
              `“${field.label}”由默认的${settingText(field, defaultValue)}调整为${settingText(field, value)}`,
          )
          .join('，')}。`;
  return `评价阈值：${values}。${changes}`;
}
