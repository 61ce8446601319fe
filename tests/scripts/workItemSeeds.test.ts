/**
 * The built-in work items (issue 13) are what the project's importer makes of the excerpts, and
 * the excerpts are verbatim copies of the source documents' line ranges.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadDepartments } from '../../shared/domain/workItem';
import { buildWorkItemSeeds } from '../../seeds/buildWorkItemSeeds';
import { serialiseSeed } from '../../seeds/buildSeeds';
import { WORK_ITEM_SEED_MANIFEST } from '../../seeds/workItemManifest';

const SEEDS = join(__dirname, '../../seeds');
const SOURCE = 'tests/fixtures/source-docs';
const seeds = buildWorkItemSeeds((key) =>
  readFileSync(join(SEEDS, 'excerpts', `${key}.txt`), 'utf8'),
);

describe('built-in work items', () => {
  it('are up to date (run `npm run seeds`)', () => {
    for (const seed of seeds) {
      expect(readFileSync(join(SEEDS, 'generated', seed.file), 'utf8')).toBe(
        serialiseSeed(seed.bundle),
      );
    }
  });

  it('are verbatim excerpts of the source documents', () => {
    for (const entry of WORK_ITEM_SEED_MANIFEST) {
      const source = readFileSync(join(SOURCE, entry.sourceDoc), 'utf8').split('\n');
      const expected = entry.sourceLines
        .flatMap(([from, to]) => source.slice(from - 1, to))
        .join('\n');
      const excerpt = readFileSync(join(SEEDS, 'excerpts', `${entry.key}.txt`), 'utf8');
      expect(excerpt.replace(/\n$/, '')).toBe(expected);
    }
  });

  it('hold 004’s 25 tasks and the boxes of 000 and 002, linked to their plans', () => {
    expect(
      seeds.map(({ file, bundle }) => [
        file,
        bundle.list.planId,
        bundle.items.length,
        bundle.items.filter((i) => i.kind === '工程项目').length,
        new Set(bundle.items.map((i) => i.place.box)).size,
      ]),
    ).toEqual([
      ['work-seed-jdz-cjjjd-2021.json', 'seed-jdz-14', 25, 0, 1],
      ['work-seed-jdz-14-boxes.json', 'seed-jdz-14', 184, 176, 27],
      ['work-seed-fz-14-boxes.json', 'seed-fz-14', 141, 115, 25],
    ]);
  });

  it('gives 004’s tasks stable ids and the departments of the source', () => {
    const tasks = seeds[0]!.bundle.items;
    expect(tasks[9]!.id).toBe('seed-jdz-cjjjd-2021/010');
    expect(leadDepartments(tasks[9]!)).toEqual(['市林业局', '各县（市、区）政府']);
    const departments = new Set(tasks.flatMap(leadDepartments));
    expect(departments.size).toBe(47);
  });
});
