import { readFileSync } from 'node:fs';
import type { PlanBundle } from '../../../shared/domain/planBundle';
import type { EvaluationMode, VerdictOverride } from '../../../shared/domain/verdict';
import { evaluatePlan } from '../../../shared/evaluation/evaluatePlan';
import { parseActualsCsv } from '../../../shared/importers/actualsCsv';
import type { ReportDocument } from '../../../shared/report/reportDocument';
import { buildReport } from '../../../shared/report/buildReport';

/** A built-in plan as the app seeds it. */
export function seedBundle(key: string): PlanBundle {
  return JSON.parse(readFileSync(`seeds/generated/seed-${key}.json`, 'utf8')) as PlanBundle;
}

/** The 2021–2022 actuals of 景德镇's 14th plan (tests/fixtures/report), as the CLI reads them. */
export const JDZ_ACTUALS_CSV = readFileSync(
  'tests/fixtures/report/jdz-14-actuals-2021-2022.csv',
  'utf8',
);

type ReportCase = {
  readonly key: string;
  readonly year: number;
  readonly mode: EvaluationMode;
  readonly csv?: string;
  readonly overrides?: ReadonlyMap<string, VerdictOverride>;
  readonly maxTrendFigures?: number;
  /** Keep only the CSV rows whose indicator name passes. */
  readonly keepRow?: (indicatorName: string) => boolean;
};

/** Evaluates a seed with optional CSV actuals and builds its report, the way the CLI does. */
export function seedReport(input: ReportCase): ReportDocument {
  const bundle = seedBundle(input.key);
  const lines = (input.csv ?? '').split('\n');
  const csv = [lines[0], ...lines.slice(1).filter((line) => keep(line, input.keepRow))].join('\n');
  const parsed = input.csv ? parseActualsCsv(csv, bundle.indicators) : null;
  if (parsed && !parsed.ok) throw new Error(parsed.error.message);
  const values = [...bundle.actualValues, ...(parsed?.ok ? parsed.value.values : [])];
  const components = parsed?.ok ? parsed.value.components : [];
  const data = { ...bundle, actualValues: values, componentActuals: components };
  const evaluation = evaluatePlan(data, {
    year: input.year,
    mode: input.mode,
    ...(input.overrides ? { overrides: input.overrides } : {}),
  });
  return buildReport(data, evaluation, {
    year: input.year,
    mode: input.mode,
    ...(input.maxTrendFigures === undefined ? {} : { maxTrendFigures: input.maxTrendFigures }),
  });
}

function keep(line: string, test: ((name: string) => boolean) | undefined): boolean {
  if (line.trim() === '') return false;
  return test ? test(line.split(',')[0] ?? '') : true;
}

/** The report 景德镇 would draft in 2023 from the fixture's 2021–2022 data. */
export function jdzMidtermReport(): ReportDocument {
  return seedReport({ key: 'jdz-14', year: 2022, mode: 'midterm', csv: JDZ_ACTUALS_CSV });
}

/** A section's blocks as text, one per line. */
export function sectionLines(report: ReportDocument, id: string): string[] {
  return (report.sections.find((section) => section.id === id)?.blocks ?? []).map(
    (block) => `${block.kind === 'subheading' ? '# ' : ''}${block.text}`,
  );
}
