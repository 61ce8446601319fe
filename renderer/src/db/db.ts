import { Dexie, type EntityTable } from 'dexie';
import type { Indicator } from '../../../shared/domain/indicator';
import type {
  ActualValueRow,
  ChangeLogRow,
  MetaRow,
  OfficialAssessmentRow,
  PlanRow,
  ReportSectionRow,
  SettingRow,
  VerdictOverrideRow,
  WorkItemChangeLogRow,
  WorkItemListRow,
  WorkItemProgressRow,
  WorkItemRow,
  FollowUpRow,
} from './rows';
import { applySchema } from './schema';

/** The workbench database: the single source of truth for user data (STYLE.md principle 5). */
export type WorkbenchDb = Dexie & {
  plans: EntityTable<PlanRow, 'id'>;
  indicators: EntityTable<Indicator, 'id'>;
  actualValues: Dexie.Table<ActualValueRow, [string, number, string]>;
  officialAssessments: EntityTable<OfficialAssessmentRow, 'indicatorId'>;
  changeLog: EntityTable<ChangeLogRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  verdictOverrides: Dexie.Table<VerdictOverrideRow, [string, number, string]>;
  reportSections: Dexie.Table<ReportSectionRow, [string, number, string, string]>;
  workItemLists: EntityTable<WorkItemListRow, 'id'>;
  workItems: EntityTable<WorkItemRow, 'id'>;
  workItemProgress: Dexie.Table<WorkItemProgressRow, [string, number, string]>;
  workItemChangeLog: EntityTable<WorkItemChangeLogRow, 'id'>;
  followUps: EntityTable<FollowUpRow, 'id'>;
};

/** The database name; IndexedDB keeps it per origin (docs/decisions/0005). */
export const DB_NAME = 'plan-evaluation-workbench';

/** Opens (lazily) a workbench database with the current schema; tests pass their own name. */
export function createWorkbenchDb(name: string = DB_NAME): WorkbenchDb {
  const db = new Dexie(name) as WorkbenchDb;
  applySchema(db);
  return db;
}

let instance: WorkbenchDb | null = null;

/** The app's single database instance. */
export function getDb(): WorkbenchDb {
  instance ??= createWorkbenchDb();
  return instance;
}
