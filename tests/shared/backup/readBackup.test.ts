import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupChecksum, checksumOfCanonical } from '../../../shared/backup/backupChecksum';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { buildBackup } from '../../../shared/backup/buildBackup';
import { readBackup } from '../../../shared/backup/readBackup';
import { decodeUtf8, encodeUtf8 } from '../../../shared/lib/textCodec';
import { makeBackupTables } from './backupFixture';

const now = new Date('2026-11-22T02:30:05.000Z');
const options = { currentSchemaVersion: 1 };

function backupBytes(): Uint8Array {
  return buildBackup(makeBackupTables(), { appVersion: '0.1.0', schemaVersion: 1, now });
}

type Row = Record<string, unknown>;
type EditableDocument = Record<string, unknown> & { tables: Record<string, unknown[]> };

/** Row `index` of a table of the parsed document. */
function rowOf(document: EditableDocument, table: string, index: number): Row {
  return document.tables[table]![index] as Row;
}

/** Edits the parsed document and writes it back (optionally fixing the checksum). */
function edit(change: (document: EditableDocument) => void, fixChecksum = false): Uint8Array {
  const document = JSON.parse(decodeUtf8(backupBytes()) ?? '') as EditableDocument;
  change(document);
  if (fixChecksum) document.checksum = backupChecksum(document.tables);
  return encodeUtf8(JSON.stringify(document, null, 2));
}

function errorOf(bytes: Uint8Array, currentSchemaVersion = 1): string {
  const result = readBackup(bytes, { currentSchemaVersion, fileName: '备份.json' });
  if (result.ok) throw new Error('expected an error');
  expect(result.error.location).toEqual({ file: '备份.json' });
  return result.error.message;
}

const WORK_ITEM_TABLES = [
  'workItemLists',
  'workItems',
  'workItemProgress',
  'workItemChangeLog',
  'followUps',
] as const;

describe('readBackup', () => {
  it('round-trips every table and summarises the file', () => {
    const bytes = backupBytes();
    const result = readBackup(bytes, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { tables, ...summary } = result.value;
    expect(tables).toEqual(JSON.parse(JSON.stringify(makeBackupTables())));
    expect(summary).toEqual({
      formatVersion: 3,
      schemaVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2026-11-22T02:30:05.000Z',
      byteLength: bytes.length,
      counts: {
        plans: 1,
        indicators: 4,
        actualValues: 2,
        officialAssessments: 0,
        changeLog: 1,
        settings: 1,
        meta: 1,
        verdictOverrides: 1,
        reportSections: 1,
        workItemLists: 1,
        workItems: 1,
        workItemProgress: 1,
        workItemChangeLog: 1,
        followUps: 1,
      },
      plans: [{ id: 'test-jdz', name: '景德镇市国民经济和社会发展第十四个五年规划（测试）' }],
    });
  });

  it('accepts a reformatted file: the checksum covers the data, not the layout', () => {
    expect(
      readBackup(
        edit(() => undefined),
        options,
      ).ok,
    ).toBe(true);
  });

  it('detects a tampered value (957.14 changed to 1957.14)', () => {
    const bytes = edit((document) => {
      rowOf(document, 'actualValues', 0).value = 1957.14;
    });
    expect(errorOf(bytes)).toBe(
      '备份文件校验失败：内容与校验码不符，文件可能已损坏或被改动，无法恢复',
    );
  });

  it('detects a flipped byte in the file', () => {
    const bytes = backupBytes();
    const at = Buffer.from(bytes).indexOf('1102.3');
    bytes[at] = '7'.charCodeAt(0);
    expect(errorOf(bytes)).toBe(
      '备份文件校验失败：内容与校验码不符，文件可能已损坏或被改动，无法恢复',
    );
  });

  it('refuses a truncated file', () => {
    expect(errorOf(backupBytes().slice(0, 500))).toBe(
      '不是有效的备份文件：无法按 JSON 读取，文件可能已损坏或不完整',
    );
  });

  it('calls a file cut in the middle of a Chinese character incomplete, not another encoding', () => {
    const bytes = backupBytes();
    const name = Buffer.from(bytes).indexOf(Buffer.from('景德镇'));
    for (const cut of [1, 2]) {
      expect(errorOf(bytes.slice(0, name + cut))).toBe(
        '不是有效的备份文件：无法按 JSON 读取，文件可能已损坏或不完整',
      );
    }
  });

  it.each([
    ['an empty file', new Uint8Array(0), '备份文件是空的，无法恢复'],
    [
      'GBK bytes',
      Uint8Array.of(0xb3, 0xc7, 0xd5, 0xf2),
      '不是有效的备份文件：内容不是 UTF-8 文本，文件可能已损坏',
    ],
    ['another JSON file', encodeUtf8('{"name":"plan"}'), '不是规划评估工作台的备份文件'],
    ['a JSON array', encodeUtf8('[1,2]'), '不是规划评估工作台的备份文件'],
  ])('refuses %s', (_name, bytes, message) => {
    expect(errorOf(bytes)).toBe(message);
  });

  it('refuses a backup from a newer schema with a way out', () => {
    const bytes = edit((document) => {
      document.schemaVersion = 3;
      document.appVersion = '0.5.0';
    });
    expect(errorOf(bytes)).toBe(
      '该备份由新版本的规划评估工作台（0.5.0 版）生成，数据结构为第 3 版，本程序只支持到第 1 版。请安装新版本的规划评估工作台后再恢复；当前数据不会被改动',
    );
  });

  it('refuses a newer backup format with a way out', () => {
    const bytes = edit((document) => {
      document.formatVersion = 4;
    });
    expect(errorOf(bytes)).toBe(
      '该备份由新版本的规划评估工作台（0.1.0 版）生成，备份格式为第 4 版，本程序只支持到第 3 版。请安装新版本的规划评估工作台后再恢复；当前数据不会被改动',
    );
  });

  it('reads a format-1 file (before overrides and report edits) with those tables empty', () => {
    const bytes = edit((document) => {
      document.formatVersion = 1;
      delete document.tables.verdictOverrides;
      delete document.tables.reportSections;
      for (const name of WORK_ITEM_TABLES) delete document.tables[name];
      document.checksum = checksumOfCanonical(canonicalJson(document.tables));
    });
    const result = readBackup(bytes, options);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.formatVersion).toBe(1);
    expect(result.value.tables.verdictOverrides).toEqual([]);
    expect(result.value.tables.reportSections).toEqual([]);
    expect(result.value.tables.actualValues).toHaveLength(2);
  });

  it('reads a format-2 file (before work items) with the work-item tables empty', () => {
    const bytes = edit((document) => {
      document.formatVersion = 2;
      for (const name of WORK_ITEM_TABLES) delete document.tables[name];
      document.checksum = checksumOfCanonical(canonicalJson(document.tables));
    });
    const result = readBackup(bytes, options);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.tables.workItems).toEqual([]);
    expect(result.value.tables.followUps).toEqual([]);
    expect(result.value.tables.verdictOverrides).toHaveLength(1);
  });

  it('refuses a work-item row of an unknown status', () => {
    const bytes = edit((document) => {
      (document.tables.workItemProgress as { status: string }[])[0]!.status = '差不多';
    }, true);
    expect(errorOf(bytes)).toBe(
      '「任务进展」表第 1 条记录的字段「status」应为已完成、序时推进、滞后、未启动、已调整 之一（现为「差不多」），文件内容有误，无法恢复；当前数据不会被改动',
    );
  });

  it('refuses a format-2 file without the overrides table', () => {
    const bytes = edit((document) => {
      delete document.tables.verdictOverrides;
    }, true);
    expect(errorOf(bytes)).toBe('备份文件缺少「人工研判」表，文件不完整，无法恢复');
  });

  it('reads a backup of an older schema version', () => {
    const result = readBackup(backupBytes(), { currentSchemaVersion: 2 });
    expect(result.ok && result.value.schemaVersion).toBe(1);
  });

  it('refuses a file without version information', () => {
    const bytes = edit((document) => {
      delete document.formatVersion;
    });
    expect(errorOf(bytes)).toBe('备份文件缺少版本信息，文件可能已损坏，无法恢复');
  });

  it('names the missing tables', () => {
    const bytes = edit((document) => {
      delete document.tables.actualValues;
      document.tables.changeLog = {} as unknown[];
    }, true);
    expect(errorOf(bytes)).toBe('备份文件缺少「实际值」、「变更记录」表，文件不完整，无法恢复');
  });

  it('refuses a file without a checksum', () => {
    const bytes = edit((document) => {
      delete document.checksum;
    });
    expect(errorOf(bytes)).toBe('备份文件缺少校验码，无法确认内容完整，无法恢复');
  });

  it.each([
    [
      'a value stored as text',
      (document: EditableDocument) => {
        rowOf(document, 'actualValues', 1).value = '3.2';
      },
      '「实际值」表第 2 条记录（「test-jdz/004」）的字段「value」应为数字（现为「3.2」），文件内容有误，无法恢复；当前数据不会被改动',
    ],
    [
      'an unknown status',
      (document: EditableDocument) => {
        rowOf(document, 'actualValues', 0).status = '估计数';
      },
      '「实际值」表第 1 条记录（「test-jdz/001」）的字段「status」应为预计数、快报数、年报数、核实数 之一（现为「估计数」），文件内容有误，无法恢复；当前数据不会被改动',
    ],
    [
      'a plan without a name',
      (document: EditableDocument) => {
        delete rowOf(document, 'plans', 0).name;
      },
      '「规划」表第 1 条记录（「test-jdz」）的字段「name」应为文本（缺失），文件内容有误，无法恢复；当前数据不会被改动',
    ],
    [
      'a row that is not an object',
      (document: EditableDocument) => {
        document.tables.indicators![3] = 'x';
      },
      '「指标」表第 4 条记录应为对象（现为「x」），文件内容有误，无法恢复；当前数据不会被改动',
    ],
    [
      'a change log entry with a numeric before',
      (document: EditableDocument) => {
        rowOf(document, 'changeLog', 0).before = 1;
      },
      '「变更记录」表第 1 条记录（「log-1」）的字段「before」应为文本（现为「1」），文件内容有误，无法恢复；当前数据不会被改动',
    ],
    [
      'a setting without a value',
      (document: EditableDocument) => {
        document.tables.settings![0] = { key: 'userName' };
      },
      '「设置」表第 1 条记录（「userName」）的字段「value」缺失，文件内容有误，无法恢复；当前数据不会被改动',
    ],
  ])('refuses %s even with a matching checksum', (_name, change, message) => {
    expect(errorOf(edit(change, true))).toBe(message);
  });

  it('never throws on random bytes and always answers in Chinese', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = readBackup(bytes, options);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      }),
    );
  });

  it('never throws on random JSON and always answers in Chinese', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readBackup(encodeUtf8(JSON.stringify(value) ?? ''), options);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      }),
    );
  });

  it('never throws when random bytes of a real backup are damaged', () => {
    const original = backupBytes();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (changes) => {
          const bytes = original.slice();
          for (const [at, byte] of changes) bytes[at] = byte;
          const result = readBackup(bytes, options);
          if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('backs up and reads 100,000 actual values quickly', { timeout: 20_000 }, () => {
    const tables = makeBackupTables();
    const base = tables.actualValues[0]!;
    // 500 indicators × the 200 years 1901–2100: every value of an indicator that exists.
    const template = tables.indicators[0]!;
    const indicators = Array.from({ length: 500 }, (_, index) => ({
      ...template,
      id: `test-jdz/${String(index).padStart(3, '0')}` as typeof template.id,
      order: index + 1,
    }));
    const actualValues = Array.from({ length: 100_000 }, (_, index) => ({
      ...base,
      indicatorId: indicators[index % 500]!.id,
      year: 1901 + Math.floor(index / 500),
      value: 957.14 + index / 100,
    }));
    const started = performance.now();
    const bytes = buildBackup(
      { ...tables, indicators, officialAssessments: [], verdictOverrides: [], actualValues },
      { appVersion: '0.1.0', schemaVersion: 1, now },
    );
    const result = readBackup(bytes, options);
    const elapsed = performance.now() - started;
    expect(result.ok && result.value.counts.actualValues).toBe(100_000);
    // About 1–2 s under vitest on a laptop; the bound leaves room for a loaded CI machine.
    expect(elapsed).toBeLessThan(8000);
  });
});
