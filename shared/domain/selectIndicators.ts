import type { Indicator } from './indicator';

/**
 * The indicators a department (责任单位) is responsible for, in table order; all of them when no
 * department is given. Names match ignoring surrounding spaces. Used by the entry templates and
 * the screens that offer them (kept out of the xlsx module so the UI need not load SheetJS).
 */
export function selectIndicators(
  indicators: readonly Indicator[],
  department: string,
): Indicator[] {
  const name = department.trim();
  const sorted = [...indicators].sort((a, b) => a.order - b.order);
  if (name === '') return sorted;
  return sorted.filter((indicator) => indicator.departments.some((d) => d.trim() === name));
}
