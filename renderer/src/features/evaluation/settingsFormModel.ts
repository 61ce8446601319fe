import type { EvaluationSettings } from '../../../../shared/evaluation/evaluationSettings';
import { parseEvaluationSettings } from '../../../../shared/evaluation/parseEvaluationSettings';
import type { SettingField } from '../../../../shared/evaluation/settingsFields';
import {
  fromDisplay,
  SETTING_FIELDS,
  settingAt,
  toDisplay,
  withSetting,
} from '../../../../shared/evaluation/settingsFields';
import type { Result } from '../../../../shared/lib/result';
import { fail } from '../../../../shared/lib/result';

/** The form's values: one number (as typed: 120 for 120%) or null (emptied) per field path. */
export type SettingsFormValues = Readonly<Record<string, number | null>>;

/** A group of fields in the form, as the method document groups them. */
export type SettingsGroup = { readonly title: string; readonly fields: readonly SettingField[] };

/** Mid-term ratios, end-of-term ratios, tolerances. */
export const SETTINGS_GROUPS: readonly SettingsGroup[] = [
  { title: '中期评估', fields: SETTING_FIELDS.filter((f) => f.path.startsWith('midterm.')) },
  { title: '总结评估', fields: SETTING_FIELDS.filter((f) => f.path.startsWith('final.')) },
  {
    title: '容差',
    fields: SETTING_FIELDS.filter(
      (f) => !f.path.startsWith('midterm.') && !f.path.startsWith('final.'),
    ),
  },
];

/** The form's values for stored settings. */
export function formValuesOf(settings: EvaluationSettings): SettingsFormValues {
  const values: Record<string, number | null> = {};
  for (const field of SETTING_FIELDS) {
    const value = settingAt(settings, field.path);
    values[field.path] = value === undefined ? null : toDisplay(field, value);
  }
  return values;
}

/**
 * Settings from the form, checked as a settings file is (ranges, order); an emptied field is an
 * error naming it rather than a silent default.
 */
export function settingsFromForm(
  base: EvaluationSettings,
  values: SettingsFormValues,
): Result<EvaluationSettings> {
  let settings = base;
  for (const field of SETTING_FIELDS) {
    const value = values[field.path];
    if (value === null || value === undefined || !Number.isFinite(value)) {
      return fail(`请填写「${field.label}」。`);
    }
    settings = withSetting(settings, field.path, fromDisplay(field, value));
  }
  return parseEvaluationSettings(settings);
}
