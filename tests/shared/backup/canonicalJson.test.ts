import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/backup/canonicalJson';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: '亿元' }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":"亿元","z":null}]},"b":1}',
    );
  });

  it('writes the same text whatever order keys were written in', () => {
    expect(canonicalJson({ year: 2021, value: 1102.3 })).toBe(
      canonicalJson({ value: 1102.3, year: 2021 }),
    );
  });

  it('follows JSON.stringify for numbers, strings and array holes', () => {
    expect(canonicalJson([NaN, -0, 1e21, 'a"\n', undefined, true])).toBe(
      '[null,0,1e+21,"a\\"\\n",null,true]',
    );
  });

  it('keeps an own __proto__ key read from JSON', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe(
      '{"__proto__":{"x":1},"a":2}',
    );
  });

  it('keeps keys that an ambiguous shape signature would have confused (found by a property test)', () => {
    expect(canonicalJson([{}, { '': 1 }])).toBe('[{},{"":1}]');
    expect(canonicalJson([{ a: 1, b: 2 }, { 'a\u0000b': 3 }])).toBe(
      '[{"a":1,"b":2},{"a\\u0000b":3}]',
    );
  });
});
