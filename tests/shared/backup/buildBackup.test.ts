import { describe, expect, it } from 'vitest';
import { backupChecksum } from '../../../shared/backup/backupChecksum';
import { backupFileName, buildBackup } from '../../../shared/backup/buildBackup';
import { decodeUtf8 } from '../../../shared/backup/utf8';
import { makeBackupTables } from './backupFixture';

const now = new Date('2026-11-22T02:30:05.000Z');

describe('buildBackup', () => {
  it('writes the versioned document with the checksum of the canonical tables', () => {
    const tables = makeBackupTables();
    const bytes = buildBackup(tables, { appVersion: '0.1.0', schemaVersion: 1, now });
    const document = JSON.parse(decodeUtf8(bytes) ?? '') as Record<string, unknown>;
    expect(Object.keys(document)).toEqual([
      'format',
      'formatVersion',
      'schemaVersion',
      'appVersion',
      'createdAt',
      'tables',
      'checksum',
    ]);
    expect(document.format).toBe('plan-evaluation-workbench-backup');
    expect(document.formatVersion).toBe(3);
    expect(document.schemaVersion).toBe(1);
    expect(document.appVersion).toBe('0.1.0');
    expect(document.createdAt).toBe('2026-11-22T02:30:05.000Z');
    expect(document.tables).toEqual(JSON.parse(JSON.stringify(tables)));
    expect(document.checksum).toBe(backupChecksum(tables));
    expect(document.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('gives the same bytes for the same data whatever the key order', () => {
    const tables = makeBackupTables();
    const reordered = {
      followUps: tables.followUps,
      workItemChangeLog: tables.workItemChangeLog,
      workItemProgress: tables.workItemProgress,
      workItems: tables.workItems,
      workItemLists: tables.workItemLists,
      reportSections: tables.reportSections,
      verdictOverrides: tables.verdictOverrides,
      meta: tables.meta,
      settings: tables.settings,
      changeLog: tables.changeLog,
      officialAssessments: tables.officialAssessments,
      actualValues: tables.actualValues.map((row) => ({ ...row, note: row.note, year: row.year })),
      indicators: tables.indicators,
      plans: tables.plans,
    };
    const options = { appVersion: '0.1.0', schemaVersion: 1, now };
    expect(buildBackup(reordered, options)).toEqual(buildBackup(tables, options));
  });
});

describe('backupFileName', () => {
  it('names the file after the local time', () => {
    expect(backupFileName(new Date(2026, 10, 22, 9, 30, 5))).toBe(
      '规划评估工作台备份-20261122-093005.json',
    );
  });
});
