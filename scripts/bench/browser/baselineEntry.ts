// Page side of the baselines, bundled by esbuild into a page of the app's origin: the least work
// the app's import, restore and export could do with the same libraries in the same browser.
import { Dexie } from 'dexie';
import * as XLSX from 'xlsx';
import {
  DATA_SHEET_NAME,
  FIXED_COLUMN_COUNT,
} from '../../../shared/importers/xlsxDataTemplateLayout';
import { V2_BLOCK_WIDTH } from '../../../shared/importers/xlsxDataTemplateShape';
import { BASELINE_STORES } from './baselineSchema';

/** One timed baseline run. */
export type BaselineRun = { readonly ms: number; readonly rows: number };

/** What the baseline page puts on globalThis as `workbenchBaseline`. */
export type BaselineApi = {
  /** SheetJS read of the template, its rows to value rows, one Dexie bulkPut. */
  readonly importTemplate: (url: string) => Promise<BaselineRun>;
  /** JSON.parse of the backup, bulkAdd of every table in one transaction. */
  readonly restoreBackup: (url: string) => Promise<BaselineRun>;
  /** The restored tables read back, JSON.stringify, UTF-8, native SHA-256 and a Blob. */
  readonly exportBackup: () => Promise<BaselineRun>;
};

let scratchCount = 0;
let restored: Dexie | null = null;

async function openScratch(): Promise<Dexie> {
  scratchCount += 1;
  const db = new Dexie(`bench-baseline-${scratchCount}`);
  db.version(1).stores(BASELINE_STORES);
  await db.open();
  return db;
}

async function importTemplate(url: string): Promise<BaselineRun> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const db = await openScratch();
  const started = performance.now();
  const workbook = XLSX.read(bytes, { type: 'array' });
  const grid: unknown[][] = XLSX.utils.sheet_to_json(workbook.Sheets[DATA_SHEET_NAME]!, {
    header: 1,
    defval: null,
  });
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
  await db.table('actualValues').bulkPut(rows);
  const ms = performance.now() - started;
  await db.delete();
  return { ms, rows: rows.length };
}

async function restoreBackup(url: string): Promise<BaselineRun> {
  const text = await (await fetch(url)).text();
  restored?.close();
  const db = await openScratch();
  const started = performance.now();
  const tables = (JSON.parse(text) as { tables: Record<string, unknown[]> }).tables;
  let rows = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const tableRows = tables[table.name] ?? [];
      await table.bulkAdd(tableRows);
      rows += tableRows.length;
    }
  });
  restored = db;
  return { ms: performance.now() - started, rows };
}

async function exportBackup(): Promise<BaselineRun> {
  const db = restored;
  if (!db) throw new Error('baseline: restoreBackup must run first');
  const started = performance.now();
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  const bytes = new TextEncoder().encode(JSON.stringify({ tables }));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  // What the app hands to the download: one Blob of the file.
  void new Blob([bytes, new Uint8Array(digest)]);
  const ms = performance.now() - started;
  return { ms, rows: Object.values(tables).reduce((sum, table) => sum + table.length, 0) };
}

const api: BaselineApi = { importTemplate, restoreBackup, exportBackup };
(globalThis as unknown as { workbenchBaseline: BaselineApi }).workbenchBaseline = api;
