import { asFields, checkId, LONG_TEXT_MAX, member, notAnObject } from './guardCore';
import type { GuardIssue } from './guardCore';
import { findTooDeep, formatPath } from './nestingDepth';

/** Deepest a setting's value may nest (the evaluation settings object is three levels deep). */
export const SETTING_NESTING_MAX = 16;

/**
 * Guard of a settings or meta row (storedRows.ts): a key and any JSON value, bounded in nesting
 * depth and in the length of its strings so no reader of it can overflow the stack or the heap.
 */
export function guardKeyValueRow(value: unknown): GuardIssue | null {
  const row = asFields(value);
  if (!row) return notAnObject(value);
  const keyIssue = checkId(row, 'key');
  if (keyIssue) return keyIssue;
  const stored = member(row, 'value');
  if (stored === undefined) return { field: 'value', message: '缺失' };
  const tooDeep = findTooDeep(stored, SETTING_NESTING_MAX);
  if (tooDeep) {
    return {
      field: 'value',
      message: `嵌套层数超过 ${SETTING_NESTING_MAX} 层（在「${formatPath(tooDeep.path)}」处）`,
    };
  }
  return checkStrings(stored);
}

function checkStrings(value: unknown): GuardIssue | null {
  // The nesting is bounded above, so a plain walk over the (shallow) value is safe here.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string' && item.length > LONG_TEXT_MAX) {
      return { field: 'value', message: `含有超过 ${LONG_TEXT_MAX} 个字符的文本` };
    }
    if (typeof item === 'number' && !Number.isFinite(item)) {
      return { field: 'value', message: '含有无效的数字' };
    }
    if (typeof item === 'object' && item !== null)
      for (const inner of Object.values(item)) pending.push(inner);
  }
  return null;
}
