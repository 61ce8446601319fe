import type { ValueStatus } from './actualValue';

/**
 * The status a new value gets when nobody says which (issue 15 item 5): typed into the grid,
 * pasted, or imported from a template whose status cell is blank. One default everywhere, so the
 * same figure never looks more or less final depending on how it came in. 快报数 because figures
 * reach the bureau first as 快报 (departments' templates; docs/decisions/0028).
 */
export const DEFAULT_VALUE_STATUS: ValueStatus = '快报数';
