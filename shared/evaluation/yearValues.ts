/**
 * One indicator's values of one measure by year, as a Map holds them (insertion order; a later
 * value for a year replaces the earlier one in its place), in one array of unboxed numbers. An
 * evaluation run indexes 10,000 such series and keeps them for the whole run, so each series'
 * size is copied by every young-generation collection: a Map with its hash table and a boxed
 * number per value took about 380 bytes for five years, this about 240.
 */
export class YearValues implements ReadonlyMap<number, number> {
  /** year, value, year, value… */
  readonly #pairs: number[] = [];

  /** The number of years with a value. */
  get size(): number {
    return this.#pairs.length >> 1;
  }

  /** The value of `year`, or undefined. */
  get(year: number): number | undefined {
    const pairs = this.#pairs;
    for (let at = 0; at < pairs.length; at += 2) if (pairs[at] === year) return pairs[at + 1];
    return undefined;
  }

  /** Whether `year` has a value. */
  has(year: number): boolean {
    const pairs = this.#pairs;
    for (let at = 0; at < pairs.length; at += 2) if (pairs[at] === year) return true;
    return false;
  }

  /** Sets the value of `year` (used while the index is built). */
  set(year: number, value: number): this {
    const pairs = this.#pairs;
    for (let at = 0; at < pairs.length; at += 2) {
      if (pairs[at] === year) {
        pairs[at + 1] = value;
        return this;
      }
    }
    pairs.push(year, value);
    return this;
  }

  /** Calls `callback` with each value and year, in insertion order. */
  forEach(
    callback: (value: number, year: number, map: ReadonlyMap<number, number>) => void,
    thisArg?: unknown,
  ): void {
    const pairs = this.#pairs;
    for (let at = 0; at < pairs.length; at += 2) {
      callback.call(thisArg, pairs[at + 1] ?? 0, pairs[at] ?? 0, this);
    }
  }

  /** [year, value] pairs in insertion order. */
  *entries(): MapIterator<[number, number]> {
    const pairs = this.#pairs;
    for (let at = 0; at < pairs.length; at += 2) yield [pairs[at] ?? 0, pairs[at + 1] ?? 0];
  }

  /** Years in insertion order. */
  *keys(): MapIterator<number> {
    const pairs = this.#pairs;
    for (let at = 0; at < pairs.length; at += 2) yield pairs[at] ?? 0;
  }

  /** Values in insertion order. */
  *values(): MapIterator<number> {
    const pairs = this.#pairs;
    for (let at = 1; at < pairs.length; at += 2) yield pairs[at] ?? 0;
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}
