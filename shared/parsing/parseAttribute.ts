import type { Attribute } from '../domain/indicator';
import { normaliseCellText } from './normaliseCellText';

/**
 * An attribute cell as plans write it: 预期性 / 约束性, cut short (`预期`, `约束`) or with 指标
 * (`约束性指标`), spaces anywhere. Null for anything else (a blank, `★`): the caller says why.
 */
export function parseAttribute(text: string): Attribute | null {
  const compact = normaliseCellText(text).replace(/\s+/g, '');
  const written = /^(预期|约束)性?(?:指标)?$/.exec(compact)?.[1];
  return written === '预期' || written === '约束' ? `${written}性` : null;
}
