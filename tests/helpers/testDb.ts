import { createWorkbenchDb, type WorkbenchDb } from '../../renderer/src/db/db';
import type { WriteContext } from '../../renderer/src/db/writeContext';

let counter = 0;
let idCounter = 0;

/** A fresh database with a unique name (fake-indexeddb is loaded by tests/setup). */
export function makeTestDb(): WorkbenchDb {
  counter += 1;
  return createWorkbenchDb(`test-db-${Date.now()}-${counter}`);
}

/** A write context with a fixed clock and ids unique across the test run. */
export function makeWriteContext(user = '张三'): WriteContext {
  return {
    now: () => new Date('2026-11-22T09:30:00.000Z'),
    newId: () => `id-${(idCounter += 1)}`,
    user,
    origin: { type: 'manual' },
  };
}
