import type { Dexie } from 'dexie';

/**
 * The schema's version history, newest first (STYLE.md「Dexie conventions」). Bump the version on
 * every change, even where Dexie would not need it, and keep every version that has an upgrade.
 * Index only what `where()` needs.
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    // v3: work items (issue 13): lists of tasks / projects / reforms (by plan), their items (by
    // list), progress per item, year and span (a list's progress is one index lookup), their
    // change log (by list and by item, for an item's history) and the 整改任务分工表 (by plan or
    // list). Existing tables unchanged; no upgrade function: Dexie only adds tables.
    version: 3,
    stores: {
      plans: 'id',
      indicators: 'id, planId',
      actualValues: '[indicatorId+year+measure], planId',
      officialAssessments: 'indicatorId, planId',
      changeLog: 'id, planId, indicatorId',
      settings: 'key',
      meta: 'key',
      verdictOverrides: '[indicatorId+year+mode], planId',
      reportSections: '[planId+year+mode+sectionId], planId',
      workItemLists: 'id, planId',
      workItems: 'id, listId',
      workItemProgress: '[itemId+year+span], listId',
      workItemChangeLog: 'id, listId, itemId',
      followUps: 'id, scopeId',
    },
  },
  {
    // v2: evaluators' verdict overrides (keyed by indicator + year + mode) and their edited report
    // sections (keyed by plan + year + mode + section). Two indexes dropped because every value
    // written pays for each index: the change log's unused `at`, and actual values' `indicatorId`
    // (an indicator's values are a range of the compound primary key).
    // No upgrade function: Dexie adds and drops the tables and the index itself.
    version: 2,
    stores: {
      plans: 'id',
      indicators: 'id, planId',
      actualValues: '[indicatorId+year+measure], planId',
      officialAssessments: 'indicatorId, planId',
      changeLog: 'id, planId, indicatorId',
      settings: 'key',
      meta: 'key',
      verdictOverrides: '[indicatorId+year+mode], planId',
      reportSections: '[planId+year+mode+sectionId], planId',
    },
  },
  {
    // v1 (first release): plans and their indicator tables, actual values keyed by
    // indicator + year + measure, official verdicts of completion tables, change log, settings.
    version: 1,
    stores: {
      plans: 'id',
      indicators: 'id, planId',
      actualValues: '[indicatorId+year+measure], planId, indicatorId',
      officialAssessments: 'indicatorId, planId',
      changeLog: 'id, planId, at, indicatorId',
      settings: 'key',
      meta: 'key',
    },
  },
];

/** The schema version the app writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[0]?.version ?? 1;

/** Declares every version on a Dexie instance, oldest first. */
export function applySchema(db: Dexie): void {
  for (const entry of [...SCHEMA_VERSIONS].reverse()) {
    db.version(entry.version).stores(entry.stores);
  }
}

type DatabaseLister = {
  readonly databases?: () => Promise<readonly { name?: string; version?: number }[]>;
};

/**
 * The schema version a database on disk was written with, or null when it does not exist or the
 * browser cannot say. Dexie 4 opens a database written by a NEWER schema without complaint, so
 * the app reads the version first and refuses such data rather than risk writing into it.
 * Dexie stores schema version n as IndexedDB version 10·n (plus a little when it adapts).
 */
export async function storedSchemaVersion(name: string): Promise<number | null> {
  // Reached through globalThis, typed by the little used, so the data layer also compiles for the
  // Node benchmarks (scripts/bench/storageBench.ts, tsconfig.node.json without the DOM library).
  const factory = (globalThis as { indexedDB?: DatabaseLister }).indexedDB;
  if (!factory || typeof factory.databases !== 'function') return null;
  const found = (await factory.databases()).find((info) => info.name === name);
  return found?.version ? Math.floor(found.version / 10) : null;
}
