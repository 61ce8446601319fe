/**
 * Unique keys and references between rows, checked across a whole table set (issue 16: two plans
 * with one id, or values of an indicator that does not exist, must be refused, not restored).
 */

/** The first index whose key repeats an earlier one, with that earlier index; or null. */
export function findDuplicate<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): { readonly index: number; readonly firstIndex: number } | null {
  const seen = new Map<string, number>();
  for (let index = 0; index < rows.length; index += 1) {
    const key = keyOf(rows[index] as T);
    const firstIndex = seen.get(key);
    if (firstIndex !== undefined) return { index, firstIndex };
    seen.set(key, index);
  }
  return null;
}

/** A key made of several parts that cannot collide by concatenation (`a|b` + `c` vs `a` + `b|c`). */
export function compoundKey(...parts: readonly (string | number)[]): string {
  return JSON.stringify(parts);
}
