import { VALUE_STATUSES } from '../domain/actualValue';
import type { ValueStatus } from '../domain/actualValue';

/**
 * Reads a status as people write it in a spreadsheet: the full name (年报数) or the name without
 * 数 (年报), as departments often shorten it (issue 15 item 7); spaces, full-width spaces and a
 * trailing 「数据」 are ignored. Null when the text is none of the four statuses.
 */
export function readValueStatus(text: string): ValueStatus | null {
  const compact = text.replace(/[\s\u3000]+/g, '').replace(/数据$/, '数');
  if (compact === '') return null;
  return (
    VALUE_STATUSES.find((status) => status === compact || status.slice(0, -1) === compact) ?? null
  );
}
