import type { Attribute } from './indicator';

/** Shown where an indicator's 属性 is not filled yet (a table without a 属性 column, decision 0044). */
export const ATTRIBUTE_TO_FILL = '待填';

/** The 属性 as shown: 预期性 / 约束性, or 待填 when the table left it empty. */
export function attributeLabel(attribute: Attribute | null): string {
  return attribute ?? ATTRIBUTE_TO_FILL;
}
