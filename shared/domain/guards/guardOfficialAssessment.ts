import { asFields, checkId, checkText, notAnObject } from './guardCore';
import type { GuardIssue } from './guardCore';

/** Guard of an OfficialAssessment (planBundle.ts): the completion table's texts as printed. */
export function guardOfficialAssessment(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return (
    checkId(row, 'indicatorId') ??
    checkText(row, 'verdictRaw') ??
    checkText(row, 'actualRaw') ??
    checkText(row, 'actualGrowthRaw')
  );
}

/** Guard of a stored official assessment: the assessment plus its plan id. */
export function guardOfficialAssessmentRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  return checkId(row, 'planId') ?? guardOfficialAssessment(row);
}
