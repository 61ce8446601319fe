// The app's Dexie stores (renderer/src/db/schema.ts, version 3), repeated here because scripts/
// may not import the renderer; tests/scripts/bench keeps the two equal. The baseline writes into
// a scratch database with the same keys and indexes, so it pays the same index upkeep.
export const BASELINE_STORES: Readonly<Record<string, string>> = {
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
};
