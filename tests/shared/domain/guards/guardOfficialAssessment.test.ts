import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guardOfficialAssessment,
  guardOfficialAssessmentRow,
} from '../../../../shared/domain/guards/guardOfficialAssessment';
import { idText, text } from './guardArbitraries';
import { itHasGuardProperties } from './guardProperties';

const assessment = fc.record({
  indicatorId: idText,
  verdictRaw: text,
  actualRaw: text,
  actualGrowthRaw: text,
});

describe('guardOfficialAssessment', () => {
  itHasGuardProperties(guardOfficialAssessment, assessment);

  it('wants the printed verdict', () => {
    expect(
      guardOfficialAssessment({ indicatorId: 'p/001', actualRaw: '', actualGrowthRaw: '' }),
    ).toEqual({
      field: 'verdictRaw',
      message: '应为文本（缺失）',
    });
  });
});

describe('guardOfficialAssessmentRow', () => {
  itHasGuardProperties(
    guardOfficialAssessmentRow,
    fc.tuple(assessment, idText).map(([row, planId]) => ({ planId, ...row })),
  );
});
