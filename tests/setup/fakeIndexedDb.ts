// Every renderer test gets an in-memory IndexedDB (STYLE.md「Dexie conventions」, tests).
import 'fake-indexeddb/auto';
