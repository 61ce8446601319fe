import type { PlanBundle } from '../shared/domain/planBundle';
import { importPlanFromText } from '../shared/importers/importPlanFromText';
import { formatProblem } from '../shared/lib/result';
import { applyOverrides } from './applyOverrides';
import { SEED_MANIFEST } from './manifest';
import { SEED_OVERRIDES } from './overrides';
import { SEED_VERSION } from './version';

/** One generated seed file. */
export type GeneratedSeed = {
  readonly key: string;
  readonly file: string;
  readonly bundle: PlanBundle;
};

/** Entry of seeds/generated/index.json. */
export type SeedIndexEntry = {
  readonly key: string;
  readonly planId: string;
  readonly file: string;
  readonly name: string;
  readonly region: string;
  readonly tableKind: string;
  readonly indicatorCount: number;
  readonly actualValueCount: number;
};

/** Contents of seeds/generated/index.json. */
export type SeedIndex = { readonly seedVersion: number; readonly seeds: readonly SeedIndexEntry[] };

/**
 * Runs the project's own importer over every excerpt and applies the overrides. `readExcerpt`
 * returns the text of `seeds/excerpts/<key>.txt` (I/O stays with the caller). Throws with a
 * Chinese message when a seed fails: seeds are built at development time, never in the app.
 */
export function buildSeeds(readExcerpt: (key: string) => string): {
  seeds: GeneratedSeed[];
  index: SeedIndex;
} {
  const seeds = SEED_MANIFEST.map((entry) => {
    const imported = importPlanFromText(readExcerpt(entry.key), entry.options);
    if (!imported.ok)
      throw new Error(`种子「${entry.key}」导入失败：${formatProblem(imported.error)}`);
    const corrected = applyOverrides(imported.value, entry.key, SEED_OVERRIDES);
    if (!corrected.ok) throw new Error(corrected.error.message);
    return { key: entry.key, file: `${corrected.value.plan.id}.json`, bundle: corrected.value };
  });
  const index: SeedIndex = {
    seedVersion: SEED_VERSION,
    seeds: seeds.map(({ key, file, bundle }) => ({
      key,
      planId: bundle.plan.id,
      file,
      name: bundle.plan.name,
      region: bundle.plan.region,
      tableKind: bundle.plan.tableKind,
      indicatorCount: bundle.indicators.length,
      actualValueCount: bundle.actualValues.length,
    })),
  };
  return { seeds, index };
}

/** Serialises a seed file exactly as scripts/seeds.ts writes it (2-space JSON, final newline). */
export function serialiseSeed(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
