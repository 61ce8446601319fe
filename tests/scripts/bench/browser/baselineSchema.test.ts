import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../../renderer/src/db/schema';
import { BASELINE_STORES } from '../../../../scripts/bench/browser/baselineSchema';

describe('the baseline scratch database', () => {
  it('has the same tables, keys and indexes as the app database', () => {
    expect(BASELINE_STORES).toEqual(SCHEMA_VERSIONS[0]?.stores);
  });
});
