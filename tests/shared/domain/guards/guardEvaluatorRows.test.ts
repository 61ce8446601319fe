import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guardReportSectionRow,
  guardVerdictOverrideRow,
} from '../../../../shared/domain/guards/guardEvaluatorRows';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../../../../shared/domain/verdict';
import { idText, text, year } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

const override = fc
  .record({
    planId: idText,
    indicatorId: idText,
    year,
    mode: fc.constantFrom('midterm', 'final'),
    reason: text,
    decidedAt: text,
    decidedBy: text,
  })
  .chain((row) =>
    fc
      .constantFrom(...(row.mode === 'final' ? FINAL_VERDICTS : MIDTERM_VERDICTS))
      .map((verdict) => ({ ...row, verdict })),
  );

const section = fc.record({
  planId: idText,
  year,
  mode: fc.constantFrom('midterm', 'final'),
  sectionId: idText,
  text,
  generatedText: text,
  editedAt: text,
  editedBy: text,
});

describe('guardVerdictOverrideRow', () => {
  itHasGuardProperties(guardVerdictOverrideRow, override);

  it('refuses a final verdict on a mid-term override', () => {
    const row = {
      planId: 'p',
      indicatorId: 'p/001',
      year: 2023,
      mode: 'midterm',
      verdict: '全面完成',
      reason: '',
      decidedAt: '',
      decidedBy: '',
    };
    expect(guardVerdictOverrideRow(row)?.field).toBe('verdict');
  });
});

describe('guardReportSectionRow', () => {
  itHasGuardProperties(guardReportSectionRow, section);

  it('refuses a section of the year 1e9', () => {
    const row = {
      planId: 'p',
      year: 1e9,
      mode: 'midterm',
      sectionId: 'overall',
      text: '',
      generatedText: '',
      editedAt: '',
      editedBy: '',
    };
    expect(guardReportSectionRow(row)?.field).toBe('year');
  });
});
