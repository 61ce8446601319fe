/**
 * The per-run facts every rule needs, resolved once: base and target years, the year whose data
 * count, time progress, the mode, the settings and lookups.
 */
import type { Indicator } from '../domain/indicator';
import type { EvaluationMode } from '../domain/verdict';
import type { ActualIndex } from './actualIndex';
import { indexActuals } from './actualIndex';
import type { EvaluationSettings } from './evaluationSettings';
import { findReferenceIndicators } from './referenceIndicator';
import type { ComponentActual, EvaluationContext } from './indicatorEvaluation';
import type { ActualValue } from '../domain/actualValue';
import type { TextActual } from './textActuals';

/** Resolved context of one evaluation run. */
export type EvaluationFrame = {
  readonly baseYear: number;
  readonly targetYear: number;
  /** The year asked for. */
  readonly requestedYear: number;
  /** The year evaluated: the requested year, capped at the target year. */
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly settings: EvaluationSettings;
  /** (year − base year)/(target year − base year). */
  readonly timeProgress: number;
  /** Completion tables print period averages in their growth column. */
  readonly isCompletionTable: boolean;
  readonly index: ActualIndex;
  /** Rows a relational target may refer to, best first (referenceIndicator.ts). */
  readonly findReferences: (name: string) => readonly Indicator[];
  readonly componentsOf: (indicatorId: string) => ReadonlyMap<number, readonly number[]>;
  /** Actuals written as text (textActuals.ts). */
  readonly textActualOf: (indicatorId: string) => TextActual | undefined;
  /** Texts that depend only on the run (rule thresholds), built once per run. */
  readonly texts: Map<string, string>;
  /**
   * Whether the rules build their sentences. A run does not: an evaluation builds its sentence
   * when it is read, by running its rule again in the explaining frame (decision 0046).
   */
  readonly explains: boolean;
};

/** Builds the frame from a context; indexes the actuals unless an index is supplied. */
export function buildFrame(
  context: EvaluationContext,
  actuals: readonly ActualValue[],
): EvaluationFrame {
  const { baseYear, targetYear } = context.plan;
  const year = Math.min(context.year, targetYear);
  const span = targetYear - baseYear;
  const components = indexComponents(context.componentActuals ?? []);
  const indicators = context.indicators ?? [];
  const textActuals = context.textActuals;
  return {
    baseYear,
    targetYear,
    requestedYear: context.year,
    year,
    mode: context.mode,
    settings: context.settings,
    timeProgress: span > 0 ? Math.max(0, (year - baseYear) / span) : 0,
    isCompletionTable: context.plan.tableKind === 'completion',
    index: context.index ?? indexActuals(actuals),
    findReferences: memoize((name) => findReferenceIndicators(name, indicators)),
    componentsOf: (id) => components.get(id) ?? new Map(),
    textActualOf: (id) => textActuals?.get(id),
    texts: new Map(),
    explains: false,
  };
}

const EXPLAINING_FRAMES = new WeakMap<EvaluationFrame, EvaluationFrame>();

/** The same run with sentences (one frame per run, sharing the run's lookups and texts). */
export function explainingFrame(frame: EvaluationFrame): EvaluationFrame {
  if (frame.explains) return frame;
  let explaining = EXPLAINING_FRAMES.get(frame);
  if (!explaining) {
    explaining = { ...frame, explains: true };
    EXPLAINING_FRAMES.set(frame, explaining);
  }
  return explaining;
}

function memoize(
  find: (name: string) => readonly Indicator[],
): (name: string) => readonly Indicator[] {
  const cache = new Map<string, readonly Indicator[]>();
  return (name) => {
    const known = cache.get(name);
    if (known) return known;
    const found = find(name);
    cache.set(name, found);
    return found;
  };
}

function indexComponents(
  actuals: readonly ComponentActual[],
): Map<string, Map<number, readonly number[]>> {
  const byIndicator = new Map<string, Map<number, readonly number[]>>();
  for (const actual of actuals) {
    const years = byIndicator.get(actual.indicatorId) ?? new Map<number, readonly number[]>();
    years.set(actual.year, actual.components);
    byIndicator.set(actual.indicatorId, years);
  }
  return byIndicator;
}
