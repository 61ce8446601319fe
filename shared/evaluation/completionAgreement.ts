/**
 * Agreement of the engine's end-of-term verdicts with the official 完成情况 column of a 13th-plan
 * completion table (DOMAIN.md「Mid-term judgments」; issue 12「Tests and figures」). No row is
 * special-cased: the bundle is evaluated as any plan would be, at its target year.
 */
import type { PlanBundle } from '../domain/planBundle';
import type { FinalVerdict, Verdict } from '../domain/verdict';
import { evaluatePlan } from './evaluatePlan';
import type { EndOfTermReading, EvaluationSettings } from './evaluationSettings';
import { DEFAULT_EVALUATION_SETTINGS } from './evaluationSettings';
import { readOfficialVerdict } from './officialVerdict';

/** One row: the engine's verdict beside the official one. */
export type AgreementRow = {
  readonly name: string;
  readonly engine: Verdict;
  readonly official: FinalVerdict | null;
  readonly agrees: boolean;
  readonly explanation: string;
};

/** The agreement of one table. */
export type CompletionAgreement = {
  readonly agree: number;
  readonly total: number;
  /** Rows the engine could not judge (数据不足, 需人工研判). */
  readonly noData: number;
  readonly rows: readonly AgreementRow[];
};

const NO_DATA: ReadonlySet<Verdict> = new Set(['数据不足', '需人工研判']);

/** The settings of a reading: the defaults with `final.reading` set. */
export function settingsForReading(reading: EndOfTermReading): EvaluationSettings {
  return {
    ...DEFAULT_EVALUATION_SETTINGS,
    final: { ...DEFAULT_EVALUATION_SETTINGS.final, reading },
  };
}

/** Evaluates a completion-table bundle at its target year and compares with the official verdicts. */
export function completionAgreement(
  bundle: PlanBundle,
  settings: EvaluationSettings = DEFAULT_EVALUATION_SETTINGS,
): CompletionAgreement {
  const { evaluations } = evaluatePlan(bundle, {
    year: bundle.plan.targetYear,
    mode: 'final',
    settings,
  });
  const official = new Map(
    bundle.officialAssessments.map((a) => [a.indicatorId, readOfficialVerdict(a.verdictRaw)]),
  );
  const rows = evaluations.map((e) => {
    const verdict = official.get(e.indicatorId) ?? null;
    return {
      name: e.name,
      engine: e.verdict,
      official: verdict,
      agrees: verdict === e.verdict,
      explanation: e.explanation,
    };
  });
  return {
    agree: rows.filter((row) => row.agrees).length,
    total: rows.length,
    noData: rows.filter((row) => NO_DATA.has(row.engine)).length,
    rows,
  };
}
