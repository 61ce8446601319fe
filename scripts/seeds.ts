// Regenerates seeds/generated/*.json from seeds/excerpts/*.txt with the project's own importer and
// seeds/overrides.ts. Run with `npm run seeds`; never edit the generated JSON by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeeds, serialiseSeed } from '../seeds/buildSeeds';
import { buildWorkItemSeeds } from '../seeds/buildWorkItemSeeds';

const seedsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const outDir = join(seedsDir, 'generated');

const readExcerpt = (key: string) => readFileSync(join(seedsDir, 'excerpts', `${key}.txt`), 'utf8');
const { seeds, index } = buildSeeds(readExcerpt);
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

for (const seed of buildWorkItemSeeds(readExcerpt)) {
  writeFileSync(join(outDir, seed.file), serialiseSeed(seed.bundle));
  process.stdout.write(`${seed.key}: ${seed.bundle.items.length} 项任务/项目\n`);
}
