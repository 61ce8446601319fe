/**
 * A completion table's target-year structure (issue 12, reading 9): the 十三五 tables print the
 * 2020 三产比例 in the actual column (`7.1：43.1：49.8`, source-doc 000; `14.1:37.4:48.5`, 002),
 * kept verbatim in the official assessment. ActualValue holds one number, so the structure is read
 * from that cell here, as a ComponentActual of the target year, wherever a completion table is
 * evaluated (app, CLI, agreement bench) — no new storage.
 */
import type { Indicator } from '../domain/indicator';
import type { OfficialAssessment } from '../domain/planBundle';
import type { Plan } from '../domain/plan';
import { parseStructure } from '../parsing/parseStructure';
import type { ComponentActual } from './indicatorEvaluation';

/** What is read: the plan's kind and target year, its rows and the official cells. */
export type CompletionCells = {
  readonly plan: Pick<Plan, 'targetYear' | 'tableKind'>;
  readonly indicators: readonly Indicator[];
  readonly officialAssessments?: readonly OfficialAssessment[];
};

/** The target-year structures printed in a completion table's actual column. */
export function completionComponents(cells: CompletionCells): ComponentActual[] {
  if (cells.plan.tableKind !== 'completion' || !cells.officialAssessments) return [];
  const structures = new Set(
    cells.indicators.filter((i) => i.target.kind === 'structure').map((i) => i.id as string),
  );
  if (structures.size === 0) return [];
  return cells.officialAssessments.flatMap((assessment) => {
    if (!structures.has(assessment.indicatorId)) return [];
    const parsed = parseStructure(assessment.actualRaw);
    if (!parsed.ok) return [];
    return [
      {
        indicatorId: assessment.indicatorId,
        year: cells.plan.targetYear,
        components: parsed.value,
      },
    ];
  });
}

/** The entered structures plus the completion table's, an entered one winning for its year. */
export function withCompletionComponents(
  entered: readonly ComponentActual[],
  cells: CompletionCells,
): readonly ComponentActual[] {
  const printed = completionComponents(cells);
  if (printed.length === 0) return entered;
  const known = new Set(entered.map((c) => `${c.indicatorId}@${c.year}`));
  return [...printed.filter((c) => !known.has(`${c.indicatorId}@${c.year}`)), ...entered];
}
