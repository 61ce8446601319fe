import { fail, ok } from '../lib/result';
import type { Result } from '../lib/result';
import { normaliseCellText } from './normaliseCellText';

/** True when the cell looks like a structure `a:b:c` (e.g. 三产比例 `6.5:41.5:52`). */
export function isStructureCell(text: string): boolean {
  return /^\d[\d.\s]*(?::\s*\d[\d.\s]*){1,5}$/.test(normaliseCellText(text));
}

/**
 * Parses a structure such as `7.1:43.1:49.8`, also with full-width colons and the stray spaces
 * of 002 (`10.9: 38. 1: 51`, source-doc 002 line 419).
 */
export function parseStructure(text: string): Result<readonly number[]> {
  const cleaned = normaliseCellText(text).replace(/\s+/g, '');
  const parts = cleaned.split(':');
  if (parts.length < 2 || parts.some((part) => !/^\d+(?:\.\d+)?$/.test(part))) {
    return fail('不是结构比例（如“6.5:41.5:52”）', { cellText: text });
  }
  return ok(parts.map(Number));
}

/** Sum of a structure's components, rounded to avoid float noise (7.1+43.1+49.8 = 100). */
export function structureSum(components: readonly number[]): number {
  return Math.round(components.reduce((sum, part) => sum + part, 0) * 1000) / 1000;
}
