import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/db/schema';
import { BENCH_SCHEMA_VERSION } from '../../../scripts/bench/browserFixtureFiles';

describe('benchmark backups', () => {
  it('are written with the schema version the app writes', () => {
    expect(BENCH_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });
});
