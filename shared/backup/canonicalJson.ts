/**
 * Canonical JSON: object keys sorted by UTF-16 code units at every depth, no whitespace, and
 * otherwise JSON.stringify's rules (undefined members dropped, non-finite numbers as null). Two
 * equal data sets give the same text whatever order their keys were written in, so a checksum
 * over it survives a JSON parse → serialise round trip.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, new Map())) ?? 'null';
}

// Rows of one table share their key order, so the sorted order is computed once per shape.
type KeyOrders = Map<string, readonly string[]>;

/** A copy with every object's keys inserted in sorted order (native stringify keeps that order). */
function sortKeys(value: unknown, orders: KeyOrders): unknown {
  if (value === null || typeof value !== 'object') return value;
  const withJson = value as { toJSON?: unknown };
  if (typeof withJson.toJSON === 'function')
    return sortKeys(JSON.parse(JSON.stringify(value)), orders);
  if (Array.isArray(value)) return value.map((item: unknown) => sortKeys(item, orders));
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of sortedKeys(Object.keys(record), orders)) {
    const member = sortKeys(record[key], orders);
    // Assigning `__proto__` would set the prototype; define it as an ordinary own member.
    if (key === '__proto__') {
      Object.defineProperty(sorted, key, {
        value: member,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      sorted[key] = member;
    }
  }
  return sorted;
}

function sortedKeys(keys: string[], orders: KeyOrders): readonly string[] {
  // JSON of the list, not a join: {} and {"": 1}, or ["a\u0000b"] and ["a", "b"], must not share
  // an entry, or the second object's keys would be dropped from the backup.
  const signature = JSON.stringify(keys);
  let order = orders.get(signature);
  if (!order) {
    order = [...keys].sort();
    orders.set(signature, order);
  }
  return order;
}
