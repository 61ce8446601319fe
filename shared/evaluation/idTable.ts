/**
 * Numbers 0, 1, 2… given to string ids in order of arrival, looked up by id: what the actual index
 * (actualIndex.ts) needs to find an indicator's chain of values. A Map did this, and was the
 * slowest part of indexing a plan of 10,000 indicators: past about 4,000 entries V8 keeps a Map's
 * table in the large-object space and allocates a new one there at each growth (about 3 ms for
 * 10,000 ids, against 0.2 ms for ten Maps of 1,000). This table is one Int32Array with open
 * addressing, sized once for the most ids it can get, so it never grows.
 */
export class IdTable {
  /** Each id once, by number. */
  readonly ids: string[] = [];
  /** Number + 1 of the id hashed to each slot, 0 for a free slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;

  /** A table for at most `capacity` ids. */
  constructor(capacity: number) {
    let size = 8;
    // At most half full, so a probe ends within a few slots.
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** The number of `id`, or -1 if it has none. */
  numberOf(id: string): number {
    return this.#slots[this.#slotOf(id)]! - 1;
  }

  /** The number of `id`, given the next number if it has none yet. */
  add(id: string): number {
    const slot = this.#slotOf(id);
    const entry = this.#slots[slot]!;
    if (entry !== 0) return entry - 1;
    this.ids.push(id);
    this.#slots[slot] = this.ids.length;
    return this.ids.length - 1;
  }

  /**
   * The slot holding `id`, or the free slot where it goes. One probe for both lookups and adds:
   * V8 compiles the index's loop while it runs, and a probe of its own in `add` had its
   * collision branch compiled before it had ever run, which sent the loop back to the interpreter
   * on the first collision of every run.
   */
  #slotOf(id: string): number {
    const slots = this.#slots;
    const { ids } = this;
    for (let slot = hashOf(id) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = slots[slot]!;
      if (entry === 0 || ids[entry - 1] === id) return slot;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}
