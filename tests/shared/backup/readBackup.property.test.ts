/**
 * Properties of backups (issue 7「Robustness」): whatever the database holds — any text, any JSON
 * setting — comes back from buildBackup → readBackup unchanged, and a changed value without a
 * matching checksum is refused in Chinese. Random bytes, random JSON and damaged files are covered
 * in readBackup.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLE_NAMES } from '../../../shared/backup/backupFormat';
import type { BackupTables } from '../../../shared/backup/backupFormat';
import { buildBackup } from '../../../shared/backup/buildBackup';
import { readBackup } from '../../../shared/backup/readBackup';
import { decodeUtf8, encodeUtf8 } from '../../../shared/backup/utf8';
import { MEASURES, VALUE_STATUSES } from '../../../shared/domain/actualValue';
import { FINAL_VERDICTS, MIDTERM_VERDICTS } from '../../../shared/domain/verdict';
import { WORK_ITEM_KINDS } from '../../../shared/domain/workItem';
import { PROGRESS_SPANS, PROGRESS_STATUSES } from '../../../shared/domain/workItemProgress';
import type { WorkItemRow } from '../../../shared/domain/storedRows';
import { makeBackupTables } from './backupFixture';

const now = new Date('2026-11-22T02:30:05.000Z');
const SCHEMA = 2;

/** Any text, lone surrogates, control characters and formula starts included. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('=1+1', '--', '__proto__', 'constructor', '\u0000', '\ud800', '"\\'),
);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
/** Any JSON a setting may hold, and keys that are dangerous on plain objects. */
const setting = fc.oneof(
  // Through JSON once: JSON has no −0, so a setting of −0 is stored as the 0 it reads back as.
  fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":"x"}') as unknown),
  // Shapes whose keys once shared a cache entry in canonicalJson, dropping a key.
  fc.constant([{}, { '': 1 }, { a: 1, b: 2 }, { 'a\u0000b': 3 }]),
);
const fixture = makeBackupTables();
const planId = fixture.plans[0]!.id;
const indicatorId = fixture.indicators[0]!.id;

const row = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.array(
    arbitrary.map((value) => ({ ...value })),
    { maxLength: 4 },
  );

/** Every table with random rows of the shapes the database stores. */
const tables: fc.Arbitrary<BackupTables> = fc.record({
  plans: row(
    fc
      .record({
        name: text,
        region: text,
        notes: fc.array(text, { maxLength: 3 }),
        createdAt: text,
        updatedAt: text,
      })
      .map((edits) => ({ ...fixture.plans[0]!, ...edits })),
  ),
  indicators: fc
    .constant(fixture.indicators)
    .chain((indicators) =>
      fc.tuple(
        ...indicators.map((indicator) =>
          fc
            .record({ name: text, remarks: text, departments: fc.array(text, { maxLength: 2 }) })
            .map((edits) => ({ ...indicator, ...edits })),
        ),
      ),
    ),
  actualValues: row(
    fc.record({
      indicatorId: fc.constant(indicatorId),
      planId: fc.constant(planId),
      year: fc.integer({ min: 1949, max: 2100 }),
      measure: fc.constantFrom(...MEASURES),
      value: finite,
      status: fc.constantFrom(...VALUE_STATUSES),
      source: text,
      note: text,
    }),
  ),
  officialAssessments: row(
    fc.record({
      indicatorId: fc.constant(indicatorId),
      planId: fc.constant(planId),
      verdictRaw: text,
      actualRaw: text,
      actualGrowthRaw: text,
    }),
  ),
  changeLog: row(
    fc.record({
      id: text,
      at: text,
      user: text,
      planId: fc.constant(planId),
      indicatorId: fc.constantFrom(null, indicatorId),
      action: text,
      origin: fc.oneof(
        fc.constant({ type: 'manual' as const }),
        text.map((fileName) => ({ type: 'import' as const, fileName })),
      ),
      before: fc.option(text),
      after: fc.option(text),
    }),
  ),
  settings: row(fc.record({ key: text, value: setting })),
  meta: row(fc.record({ key: text, value: setting })),
  verdictOverrides: row(
    fc.record({
      planId: fc.constant(planId),
      indicatorId: fc.constant(indicatorId),
      year: fc.integer({ min: 2000, max: 2100 }),
      mode: fc.constantFrom('midterm' as const, 'final' as const),
      verdict: fc.constantFrom(...MIDTERM_VERDICTS, ...FINAL_VERDICTS),
      reason: text,
      decidedAt: text,
      decidedBy: text,
    }),
  ),
  reportSections: row(
    fc.record({
      planId: fc.constant(planId),
      year: fc.integer({ min: 2000, max: 2100 }),
      mode: fc.constantFrom('midterm' as const, 'final' as const),
      sectionId: text,
      text,
      generatedText: text,
      editedAt: text,
      editedBy: text,
    }),
  ),
  workItemLists: row(
    fc
      .record({ name: text, region: text, startYear: fc.integer({ min: 1949, max: 2100 }) })
      .map((edits) => ({ ...fixture.workItemLists[0]!, ...edits })),
  ),
  workItems: row(
    fc
      .record({
        title: text,
        text,
        number: text,
        kind: fc.constantFrom(...WORK_ITEM_KINDS.filter((kind) => kind !== '工程项目')),
      })
      .map((edits) => ({ ...fixture.workItems[0]!, ...edits }) as WorkItemRow),
  ),
  workItemProgress: row(
    fc
      .record({
        year: fc.integer({ min: 1949, max: 2100 }),
        span: fc.constantFrom(...PROGRESS_SPANS),
        status: fc.constantFrom(...PROGRESS_STATUSES),
        shareDone: fc.option(fc.integer({ min: 0, max: 100 })),
        text,
        source: text,
        reporter: text,
      })
      .map((edits) => ({ ...fixture.workItemProgress[0]!, ...edits })),
  ),
  workItemChangeLog: row(
    fc
      .record({ id: text, at: text, user: text, action: text, before: fc.option(text) })
      .map((edits) => ({ ...fixture.workItemChangeLog[0]!, ...edits })),
  ),
  followUps: row(
    fc
      .record({ id: text, title: text, lead: text, measure: text, deadline: text })
      .map((edits) => ({ ...fixture.followUps[0]!, ...edits })),
  ),
});

describe('buildBackup → readBackup properties', () => {
  it('gives back every table unchanged, with its row counts', () => {
    fc.assert(
      fc.property(tables, (input) => {
        const bytes = buildBackup(input, { appVersion: '0.1.0', schemaVersion: SCHEMA, now });
        const result = readBackup(bytes, { currentSchemaVersion: SCHEMA });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value.tables).toEqual(input);
        for (const name of BACKUP_TABLE_NAMES)
          expect(result.value.counts[name]).toBe(input[name].length);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses, in Chinese, any backup whose data changed after it was written', () => {
    fc.assert(
      fc.property(tables, text, (input, replacement) => {
        const bytes = buildBackup(input, { appVersion: '0.1.0', schemaVersion: SCHEMA, now });
        const document = JSON.parse(decodeUtf8(bytes) ?? '') as {
          tables: { indicators: { name: string }[] };
        };
        const first = document.tables.indicators[0]!;
        fc.pre(first.name !== replacement);
        first.name = replacement;
        const result = readBackup(encodeUtf8(JSON.stringify(document)), {
          currentSchemaVersion: SCHEMA,
        });
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.error.message).toBe(
            '备份文件校验失败：内容与校验码不符，文件可能已损坏或被改动，无法恢复',
          );
      }),
      { numRuns: 100 },
    );
  });
});
