// Regenerates seeds/generated/*.json from seeds/excerpts/*.txt with the project's own importer and
// seeds/overrides.ts. Run with `npm run seeds`; never edit the generated JSON by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeeds, serialiseSeed } from '../seeds/buildSeeds';

const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const outDir = join(seedsDir, 'generated');

const { seeds, index } = buildSeeds((key) =>
  readFileSync(join(seedsDir, 'excerpts', `${key}.txt`), 'utf8'),
);
mkdirSync(outDir, { recursive: true });
for (const seed of seeds) {
  writeFileSync(join(outDir, seed.file), serialiseSeed(seed.bundle));
  const warnings = seed.bundle.indicators.reduce((sum, item) => sum + item.warnings.length, 0);
  process.stdout.write(
    `${seed.key}: ${seed.bundle.indicators.length} 个指标，${seed.bundle.actualValues.length} 个实际值，${warnings} 条导入提示\n`,
  );
}
writeFileSync(join(outDir, 'index.json'), serialiseSeed(index));
process.stdout.write(`已写入 ${seeds.length} 个种子（SEED_VERSION ${index.seedVersion}）\n`);
