import { MAX_DEPARTMENT_NAME_LENGTH, normalizeDepartmentName } from '../../domain/departments';
import type { Responsibility } from '../../domain/workItem';
import { findParenGroups, splitTopLevel, type ParenGroup } from './parenGroups';

/** Why the lists of a text could not be read, with the offending text. */
export type ResponsibilityProblem = { readonly message: string; readonly cellText: string };

type Role = 'lead' | 'support';

// 004: 「…负责」「…牵头」 name leads, 「…配合」 supporters; a list without a keyword is all leads.
const KEYWORDS: readonly (readonly [RegExp, Role])[] = [
  [/(牵头负责|负责牵头|牵头|负责|主责)$/, 'lead'],
  [/(配合|协助|协同|参与)$/, 'support'],
];
const SEPARATORS = new Set(['、', '，', ',', '；', ';']);
// What department names end with in the source documents (局, 委, 政府, 管委会, 集团, 海关 …).
const DEPARTMENT_END =
  /(局|委|办|政府|集团|公司|区|会|院|站|大学|学院|室|厅|部|中心|海关|单位|部门|所|社|行|队|处|组|团)$/;

/**
 * Reads the responsibility lists of an item's text: each top-level bracketed list of departments
 * applies to the clause before it (004 task 7: two lists, two clauses). Returns the lists, or a
 * problem for unbalanced brackets or a name too long to be a department.
 */
export function readResponsibilities(
  text: string,
): { ok: true; value: Responsibility[] } | { ok: false; problem: ResponsibilityProblem } {
  const found = findParenGroups(text);
  if (!found.ok) {
    const { offset, bracket } = found.problem;
    return {
      ok: false,
      problem: {
        message: `括号「${bracket}」不成对，无法读出责任单位`,
        cellText: text.slice(Math.max(0, offset - 20), offset + 20),
      },
    };
  }
  const lists: Responsibility[] = [];
  let clauseStart = 0;
  for (const group of found.groups) {
    const roles = isInTitle(text, group.start) ? null : readList(group);
    if (!roles) continue;
    const tooLong = [...roles.lead, ...roles.support].find(
      (name) => name.length > MAX_DEPARTMENT_NAME_LENGTH,
    );
    if (tooLong) return { ok: false, problem: longNameProblem(tooLong) };
    lists.push({ ...roles, clause: text.slice(clauseStart, group.start).trim() });
    clauseStart = group.end + 1;
  }
  return { ok: true, value: lists };
}

/**
 * Whether a bracket belongs to a document title: inside 《…》 (004 task 21: 「《…实施细则（试行）》」)
 * or right after one (「《…》（试行）」).
 */
function isInTitle(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const opened = (before.match(/《/g) ?? []).length - (before.match(/》/g) ?? []).length;
  return opened > 0 || /》\s*$/.test(before);
}

/** Reads one bracketed group as a department list, or null when it is ordinary text. */
function readList(group: ParenGroup): { lead: string[]; support: string[] } | null {
  const segments = splitTopLevel(group.inner, SEPARATORS).map((s) => s.replace(/\s+/g, ''));
  const read = segments.filter((s) => s !== '').map(readSegment);
  if (read.length === 0) return null;
  const hasKeyword = read.some((s) => s.role !== null);
  // Without a keyword only a real list counts: 「中国（景德镇）」「（赣东北地区）」 are not lists.
  const allNames =
    read.length >= 2 && read.every((s) => s.name.length >= 2 && DEPARTMENT_END.test(s.name));
  if (!hasKeyword && !allNames) return null;
  if (hasKeyword && read.some((s) => s.name === '')) return null;
  return assignRoles(read);
}

type Segment = { readonly name: string; readonly role: Role | null };

function readSegment(segment: string): Segment {
  for (const [pattern, role] of KEYWORDS) {
    if (pattern.test(segment)) return { name: segment.replace(pattern, ''), role };
  }
  return { name: segment, role: null };
}

/** A keyword closes a run: every name since the previous keyword takes its role; names after
 * the last keyword (or in a list without one) lead. */
function assignRoles(segments: readonly Segment[]): { lead: string[]; support: string[] } {
  const lead: string[] = [];
  const support: string[] = [];
  let run: string[] = [];
  for (const segment of segments) {
    run.push(normalizeDepartmentName(segment.name));
    if (segment.role === null) continue;
    (segment.role === 'lead' ? lead : support).push(...run);
    run = [];
  }
  lead.push(...run);
  return { lead: unique(lead), support: unique(support) };
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name !== ''))];
}

function longNameProblem(name: string): ResponsibilityProblem {
  return {
    message: `责任单位名称长 ${name.length} 字，超过 ${MAX_DEPARTMENT_NAME_LENGTH} 字上限，可能是分隔符缺失或括号错位`,
    cellText: name.length > 40 ? `${name.slice(0, 40)}…` : name,
  };
}
