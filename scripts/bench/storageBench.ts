// Issue 16 item 5, in Node against fake-indexeddb (as the tests use Dexie): the template import
// of 10,000 values and the restore of 100,000, each timed on the app's own code path and beside
// the least work the same libraries could do in the same run.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import * as XLSX from 'xlsx';
import { readBackup } from '../../shared/backup/readBackup';
import { asPlanId } from '../../shared/domain/ids';
import { importDataTemplate } from '../../shared/importers/xlsxDataTemplateImport';
import { DATA_SHEET_NAME, FIXED_COLUMN_COUNT } from '../../shared/importers/xlsxDataTemplateLayout';
import { V2_BLOCK_WIDTH } from '../../shared/importers/xlsxDataTemplateShape';
import { createWorkbenchDb, type WorkbenchDb } from '../../renderer/src/db/db';
import { putActualValues } from '../../renderer/src/db/repositories/actualValuesRepository';
import {
  RESTORE_BATCH_ROWS,
  restoreAllTables,
} from '../../renderer/src/db/repositories/backupRepository';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { previewChanges, previewRows } from '../../renderer/src/features/dataEntry/templateModel';
import { benchFixtureBytes, type TemplateFixture } from './benchFixtureBytes';
import { BENCH_USER } from './browserFixtures';
import { median } from './browserMedian';
import type { BenchResult } from './measure';

const IMPORT_RUNS = 3;
const RESTORE_RUNS = 3;

/**
 * The CPU time of a run beside its wall time: on the shared machine other work can stretch the
 * wall time several times over, the CPU time hardly (decision 0043).
 */
const CPU_PART = '本进程所用 CPU 时间（不受他人占用 CPU 影响）';

let dbCount = 0;

/** A fresh, empty database with the app's schema. */
async function freshDb(): Promise<WorkbenchDb> {
  dbCount += 1;
  const db = createWorkbenchDb(`bench-${dbCount}`);
  await db.open();
  return db;
}

const context = (origin: { type: 'import'; fileName: string } | { type: 'restore' }) => ({
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  user: BENCH_USER,
  origin,
});

/** SheetJS doing no more than the app asks of it (xlsxOpenWorkbook's options). */
const FLOOR_READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  cellNF: true,
  bookVBA: false,
  sheetStubs: false,
};

/** One run of the floor: SheetJS reads the file, its value cells become rows, one bare bulkPut. */
async function templateFloorOnce(fixture: TemplateFixture): Promise<number> {
  const db = new Dexie(`bench-floor-${(dbCount += 1)}`);
  db.version(1).stores({ actualValues: '[indicatorId+year+measure], planId' });
  await db.open();
  const started = performance.now();
  const workbook = XLSX.read(fixture.bytes, FLOOR_READ_OPTIONS);
  const grid: unknown[][] = XLSX.utils.sheet_to_json(workbook.Sheets[DATA_SHEET_NAME]!, {
    header: 1,
    defval: null,
  });
  const rows = floorRows(grid);
  await db.table('actualValues').bulkPut(rows);
  const elapsed = performance.now() - started;
  await db.delete();
  if (rows.length !== fixture.values.length) {
    throw new Error(`基准读出 ${rows.length} 行，应为 ${fixture.values.length} 行`);
  }
  return elapsed;
}

function floorRows(grid: readonly unknown[][]): Record<string, unknown>[] {
  const header = grid[2] ?? [];
  const rows: Record<string, unknown>[] = [];
  for (const line of grid.slice(4)) {
    for (let column = FIXED_COLUMN_COUNT; column < header.length; column += V2_BLOCK_WIDTH) {
      const value = line[column];
      if (typeof value !== 'number') continue;
      const year = Number(String(header[column]).slice(0, 4));
      const indicatorId = String(line[0]);
      const status = line[column + V2_BLOCK_WIDTH - 1];
      rows.push({ indicatorId, year, measure: 'value', value, status, source: '', note: '' });
    }
  }
  return rows;
}

/**
 * One run of the app's path (数据填报 → 导入填报模板 → 导入): the importer's read and comparison,
 * the preview rows the dialog shows, then putActualValues in one transaction with one change-log
 * row per value.
 */
async function templateImportOnce(fixture: TemplateFixture): Promise<ImportRun> {
  const { plan, indicators } = fixture.plan;
  const db = await freshDb();
  await db.plans.add(plan);
  await db.indicators.bulkAdd([...indicators]);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const stored = await db.actualValues.where('planId').equals(plan.id).toArray();
  const read = importDataTemplate(fixture.bytes, 'template.xlsx', plan, indicators, stored);
  if (!read.ok) throw new Error(read.error.message);
  const { toWrite, counts } = read.value;
  if (counts.new !== fixture.values.length) throw new Error(`新增 ${counts.new} 个`);
  previewRows(read.value);
  const previewed = performance.now();
  const origin = { type: 'import' as const, fileName: 'template.xlsx' };
  const changes = previewChanges(toWrite);
  const applied = await putActualValues(db, asPlanId(plan.id), changes, context(origin));
  const written = performance.now();
  const cpuMs = cpuMsSince(cpu);
  const logRows = await db.changeLog.where('planId').equals(plan.id).count();
  await db.delete();
  if (applied.length !== toWrite.length) throw new Error(`写入 ${applied.length} 个`);
  return { readMs: previewed - started, writeMs: written - previewed, cpuMs, logRows };
}

/**
 * One run of the app's path: wall time of its two parts, the CPU time this process used, and (for
 * the import) the change-log rows written: one per indicator with changed cells (decision 0050).
 */
type ImportRun = {
  readonly readMs: number;
  readonly writeMs: number;
  readonly cpuMs: number;
  readonly logRows?: number;
};

/** CPU time (user + system, all threads of this process) since `since`, in ms. */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function importRows(): Promise<BenchResult[]> {
  const fixture = (await benchFixtureBytes()).template;
  // A warm-up of each (module loading, JIT), then rounds of floor and app in turn, so a change in
  // the machine's load falls on both alike.
  await templateFloorOnce(fixture);
  await templateImportOnce(fixture);
  const floors: number[] = [];
  const runs: ImportRun[] = [];
  for (let round = 0; round < IMPORT_RUNS; round += 1) {
    floors.push(await templateFloorOnce(fixture));
    runs.push(await templateImportOnce(fixture));
  }
  const floor = median(floors);
  const ms = median(runs.map((run) => run.readMs + run.writeMs));
  const values = fixture.values.length.toLocaleString('en-US');
  const ratio = ms / floor;
  const part = (name: string, value: number): BenchResult => ({
    name: `  其中 ${name}`,
    value,
    unit: 'ms',
    target: '',
    ok: true,
  });
  return [
    {
      name: `导入填报模板 ${values} 个数值（Node + fake-indexeddb：读取、比对、预览、一次事务写入数值与变更记录，每项指标一条、逐格可查可撤回）`,
      value: ms,
      unit: 'ms',
      target: '≤ 1.5 倍基准',
      ok: ratio <= 1.5,
      ratio,
      baseline: `SheetJS 读取同一文件并用 Dexie bulkPut 写入 ${values} 行（${Math.round(floor)} ms）`,
    },
    part('读取、比对并生成预览', median(runs.map((run) => run.readMs))),
    part(
      `写入 ${values} 个数值与 ${(runs[0]?.logRows ?? 0).toLocaleString('en-US')} 条变更记录（每项指标一条）`,
      median(runs.map((run) => run.writeMs)),
    ),
    part(CPU_PART, median(runs.map((run) => run.cpuMs))),
  ];
}

/** One run of the restore's floor: UTF-8 decoding, JSON.parse and a bare bulkAdd of every table, one transaction. */
async function restoreFloorOnce(bytes: Uint8Array): Promise<number> {
  const db = await freshDb();
  const started = performance.now();
  const text = new TextDecoder().decode(bytes);
  const tables = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = tables[table.name] ?? [];
      // In batches, as the app does: one bulkAdd of 100,000 rows is 3–4 times slower here.
      for (let at = 0; at < rows.length; at += RESTORE_BATCH_ROWS) {
        await table.bulkAdd(rows.slice(at, at + RESTORE_BATCH_ROWS));
      }
    }
  });
  const elapsed = performance.now() - started;
  await db.delete();
  return elapsed;
}

/** One run of the app's restore: the time to validate, and the time to write. */
async function restoreOnce(bytes: Uint8Array, values: number): Promise<ImportRun> {
  const db = await freshDb();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const backup = readBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
  if (!backup.ok) throw new Error(backup.error.message);
  const validated = performance.now();
  const source = { fileName: 'backup.json', createdAt: backup.value.createdAt };
  await restoreAllTables(db, backup.value.tables, source, context({ type: 'restore' }));
  const written = performance.now();
  const cpuMs = cpuMsSince(cpu);
  const count = await db.actualValues.count();
  await db.delete();
  if (count !== values) throw new Error(`恢复了 ${count} 个实际值，应为 ${values} 个`);
  return { readMs: validated - started, writeMs: written - validated, cpuMs };
}

/**
 * The app's restore (系统设置 → 从备份恢复…): readBackup (UTF-8, JSON, nesting bound, checksum,
 * every row's guard, keys and references), then restoreAllTables in one rw transaction. Three
 * rounds of floor and app in turn, without a warm-up round (one round is 20 s or more when the
 * machine is busy); the medians are printed.
 */
async function restoreRows(): Promise<BenchResult[]> {
  const fixture = (await benchFixtureBytes()).largeBackup;
  const floors: number[] = [];
  const runs: ImportRun[] = [];
  for (let round = 0; round < RESTORE_RUNS; round += 1) {
    floors.push(await restoreFloorOnce(fixture.bytes));
    runs.push(await restoreOnce(fixture.bytes, fixture.values));
  }
  const floor = median(floors);
  const ms = median(runs.map((run) => run.readMs + run.writeMs));
  const read = runs.map((run) => run.readMs);
  const write = runs.map((run) => run.writeMs);
  const values = fixture.values.toLocaleString('en-US');
  const size = `${(fixture.bytes.length / 1024 / 1024).toFixed(0)} MB`;
  const part = (name: string, times: number[]): BenchResult => ({
    name: `  其中 ${name}`,
    value: median(times),
    unit: 'ms',
    target: '',
    ok: true,
  });
  return [
    {
      name: `从备份恢复 ${values} 个实际值（Node + fake-indexeddb；文件 ${size}：读取、校验、一次事务写入）`,
      value: ms,
      unit: 'ms',
      target: '< 5 s',
      ok: ms < 5000,
      ratio: ms / floor,
      baseline: `JSON.parse 同一文件并用 Dexie bulkAdd 写入全部表（${Math.round(floor)} ms）`,
    },
    part('读取并校验（UTF-8、JSON、嵌套、校验码、逐行检查、主键与引用）', read),
    part('写入（清空并写入全部表与一条变更记录，一次事务）', write),
    part(
      CPU_PART,
      runs.map((run) => run.cpuMs),
    ),
  ];
}

/** The import rows alone (a quick look while working on the import). */
export const runImportBenchmarks = importRows;

/** Both rows, the import first. */
export async function runStorageBenchmarks(): Promise<BenchResult[]> {
  return [...(await importRows()), ...(await restoreRows())];
}
