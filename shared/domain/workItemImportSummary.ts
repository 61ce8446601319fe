import { mergeDepartments, normalizeDepartmentName } from './departments';
import { itemDepartments, WORK_ITEM_KINDS, type WorkItemKind } from './workItem';
import type { WorkItemBundle } from './workItemList';

/** What the import preview shows before anything is saved (issue 13「Bad input」: nothing half-written). */
export type WorkItemImportSummary = {
  readonly itemCount: number;
  readonly byKind: Readonly<Record<WorkItemKind, number>>;
  /** The outline groups items sit in: 专栏 titles, else parts, in order; '' when none. */
  readonly groups: readonly string[];
  /** Every department the items name, in order of first mention. */
  readonly departments: readonly string[];
  /** Of those, the ones already in the shared list (indicators' 责任单位, other lists). */
  readonly knownDepartments: readonly string[];
  /** Of those, the ones the import adds to the shared list. */
  readonly newDepartments: readonly string[];
};

/**
 * Counts an imported list for its preview: items by kind, outline groups, and its departments
 * split into those the shared department list already holds and the new ones (departments are one
 * list with the indicators' 责任单位, merged by normalised name, issue 13「Model」).
 */
export function summarizeWorkItemImport(
  bundle: WorkItemBundle,
  knownDepartments: readonly string[],
): WorkItemImportSummary {
  const byKind = Object.fromEntries(WORK_ITEM_KINDS.map((kind) => [kind, 0])) as Record<
    WorkItemKind,
    number
  >;
  const groups: string[] = [];
  for (const item of bundle.items) {
    byKind[item.kind] += 1;
    const group = item.place.box || item.place.part;
    if (group && !groups.includes(group)) groups.push(group);
  }
  const departments = mergeDepartments(...bundle.items.map(itemDepartments));
  const known = new Set(knownDepartments.map(normalizeDepartmentName));
  return {
    itemCount: bundle.items.length,
    byKind,
    groups,
    departments,
    knownDepartments: departments.filter((name) => known.has(name)),
    newDepartments: departments.filter((name) => !known.has(name)),
  };
}
