import { describe, expect, it } from 'vitest';
import { YearValues } from '../../../shared/evaluation/yearValues';

function valuesOf(pairs: readonly (readonly [number, number])[]): YearValues {
  const values = new YearValues();
  for (const [year, value] of pairs) values.set(year, value);
  return values;
}

describe('YearValues', () => {
  it('reads like the Map it replaces: a later value replaces an earlier one in its place', () => {
    const pairs = [
      [2022, 5.5],
      [2021, 1002.3],
      [2023, -0.4],
      [2021, 1003.1],
    ] as const;
    const values = valuesOf(pairs);
    const map = new Map(pairs);
    expect([...values]).toEqual([...map]);
    expect([...values]).toEqual([
      [2022, 5.5],
      [2021, 1003.1],
      [2023, -0.4],
    ]);
    expect([...values.keys()]).toEqual([2022, 2021, 2023]);
    expect([...values.values()]).toEqual([5.5, 1003.1, -0.4]);
    expect([...values.entries()]).toEqual([...map.entries()]);
    expect(values.size).toBe(3);
  });

  it('answers get and has for present and absent years, and a copy into a Map keeps them', () => {
    const values = valuesOf([
      [2021, 0],
      [2024, 7.25],
    ]);
    expect(values.get(2021)).toBe(0);
    expect(values.get(2024)).toBe(7.25);
    expect(values.get(2022)).toBeUndefined();
    expect(values.has(2021)).toBe(true);
    expect(values.has(2025)).toBe(false);
    expect(new Map(values).get(2024)).toBe(7.25);
    expect(new YearValues().size).toBe(0);
  });

  it('calls forEach with value, year and itself, in insertion order', () => {
    const values = valuesOf([
      [2023, 3],
      [2021, 1],
    ]);
    const seen: [number, number, boolean][] = [];
    values.forEach((value, year, map) => seen.push([value, year, map === values]));
    expect(seen).toEqual([
      [3, 2023, true],
      [1, 2021, true],
    ]);
  });
});
