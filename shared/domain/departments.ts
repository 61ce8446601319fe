/**
 * Departments (责任单位) are one list shared by indicators and work items (issue 13「Model」): a
 * name is the same department wherever it appears, after the normalisation below.
 */

/** Longest department name accepted; longer text is a mis-split list, not a name. */
export const MAX_DEPARTMENT_NAME_LENGTH = 60;

/**
 * The canonical form of a department name: spaces and line breaks removed (the source PDFs wrap
 * names such as 「市住房城乡建设局」 across lines) and ASCII parentheses made full-width, so
 * 「各县(市、区)政府」 and 「各县（市、区）政府」 merge.
 */
export function normalizeDepartmentName(name: string): string {
  return name.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * The merged department list of indicators and work items, in order of first mention; names are
 * normalised and empty ones dropped.
 */
export function mergeDepartments(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) {
    for (const name of list) {
      const normal = normalizeDepartmentName(name);
      if (normal) seen.add(normal);
    }
  }
  return [...seen];
}

/** Whether two department names denote the same department. */
export function isSameDepartment(a: string, b: string): boolean {
  return normalizeDepartmentName(a) === normalizeDepartmentName(b);
}
