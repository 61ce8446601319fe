/**
 * The first released Dexie schema, frozen as written in renderer/src/db/schema.ts: tests write
 * version-1 databases with it, so a later edit of schema.ts cannot change what they write.
 */
export const VERSION_1_STORES = {
  plans: 'id',
  indicators: 'id, planId',
  actualValues: '[indicatorId+year+measure], planId, indicatorId',
  officialAssessments: 'indicatorId, planId',
  changeLog: 'id, planId, at, indicatorId',
  settings: 'key',
  meta: 'key',
};
