import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSeeds, serialiseSeed } from '../../seeds/buildSeeds';
import { SEED_MANIFEST } from '../../seeds/manifest';
import { SEED_OVERRIDES } from '../../seeds/overrides';
import { SEED_VERSION } from '../../seeds/version';

const SEEDS = join(__dirname, '../../seeds');
const SOURCE = 'tests/fixtures/source-docs';
const { seeds, index } = buildSeeds((key) =>
  readFileSync(join(SEEDS, 'excerpts', `${key}.txt`), 'utf8'),
);

describe('scripts/seeds.ts output', () => {
  it('is up to date: seeds/generated matches the importer plus overrides (run `npm run seeds`)', () => {
    for (const seed of seeds) {
      expect(readFileSync(join(SEEDS, 'generated', seed.file), 'utf8')).toBe(
        serialiseSeed(seed.bundle),
      );
    }
    expect(readFileSync(join(SEEDS, 'generated', 'index.json'), 'utf8')).toBe(serialiseSeed(index));
  });

  it('has six built-in plans with stable ids, levels and row counts', () => {
    expect(index.seedVersion).toBe(SEED_VERSION);
    expect(
      index.seeds.map((seed) => [
        seed.planId,
        seed.file,
        seed.tableKind,
        seed.indicatorCount,
        seed.actualValueCount,
      ]),
    ).toEqual([
      // Completion tables also carry the 实际累计或年均增长 column as averageGrowth /
      // cumulativeChange actuals (SEED_VERSION 2); 抚州's 「截至2019年上升16.3%」 is one more (5).
      ['seed-jdz-14', 'seed-jdz-14.json', 'main', 31, 0],
      ['seed-jdz-13c', 'seed-jdz-13c.json', 'completion', 36, 56],
      ['seed-cj-14', 'seed-cj-14.json', 'main', 30, 0],
      ['seed-cj-13c', 'seed-cj-13c.json', 'completion', 28, 21],
      ['seed-fz-14', 'seed-fz-14.json', 'main', 31, 0],
      ['seed-fz-13c', 'seed-fz-13c.json', 'completion', 39, 62],
    ]);
    const levels = seeds.map(({ bundle }) => [
      bundle.plan.region,
      bundle.plan.level,
      bundle.plan.periodLabel,
      bundle.plan.baseYear,
      bundle.plan.targetYear,
    ]);
    expect(levels).toEqual([
      ['景德镇市', '市', '十四五', 2020, 2025],
      ['景德镇市', '市', '十三五', 2015, 2020],
      ['昌江区', '区县', '十四五', 2020, 2025],
      ['昌江区', '区县', '十三五', 2015, 2020],
      ['抚州市', '市', '十四五', 2020, 2025],
      ['抚州市', '市', '十三五', 2015, 2020],
    ]);
  });

  it('keeps excerpts verbatim from the source documents', () => {
    for (const entry of SEED_MANIFEST) {
      const source = readFileSync(join(SOURCE, entry.sourceDoc), 'utf8').split('\n');
      const expected = entry.sourceLines
        .flatMap(([from, to]) => source.slice(from - 1, to))
        .join('\n');
      expect(readFileSync(join(SEEDS, 'excerpts', `${entry.key}.txt`), 'utf8')).toBe(
        `${expected}\n`,
      );
    }
  });

  it('applies every override and re-derives the target', () => {
    const byKey = new Map(seeds.map((seed) => [seed.key, seed.bundle]));
    for (const override of SEED_OVERRIDES) {
      const indicator = byKey.get(override.seedKey)?.indicators[override.order - 1];
      expect(indicator?.remarks).toBe(`种子校正：${override.reason}`);
      expect(indicator).toMatchObject(override.set);
    }
    const income = byKey.get('cj-14')?.indicators[21];
    expect(income?.target).toEqual({
      kind: 'levelWithGrowth',
      targetValue: 67500,
      annualGrowth: { value: 8.5, qualifier: 'about' },
    });
    expect(income?.base.value).toBeNull();
    // Issue 12, reading 3: the restored 省下达的目标 beside [3.8] is judged on the 3.8.
    expect(byKey.get('jdz-13c')?.indicators[33]?.target).toEqual({
      kind: 'cumulativeReduction',
      reductionPercent: { min: 3.8, max: 3.8, qualifier: 'exact' },
    });
  });
});
