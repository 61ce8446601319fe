/**
 * Version of the built-in plans in seeds/generated/. Bump it whenever the generated JSON changes
 * (importer fix, new override, new seed): the app compares it with meta.seedVersion on start and
 * re-applies the built-in plans by stable id (STYLE.md「Dexie conventions」).
 */
export const SEED_VERSION = 5;
