/**
 * Method notes under the 附表 (issue 12): the thresholds in force (item 17), the indicators whose
 * base may not be comparable (item 12, DOMAIN.md「Revisions and base breaks」) and the data
 * cut-off when some values are for part of a year (item 14).
 */
import type { EvaluationMode } from '../domain/verdict';
import type { BaseBreak } from '../evaluation/baseBreak';
import { BASE_BREAK_LABEL } from '../evaluation/baseBreak';
import type { EvaluationSettings } from '../evaluation/evaluationSettings';
import { settingsNoteText } from '../evaluation/settingsNote';

/** What the notes are written from. */
export type MethodNoteInput = {
  readonly mode: EvaluationMode;
  readonly settings: EvaluationSettings;
  /** Base breaks in the table's order. */
  readonly baseBreaks: readonly BaseBreak[];
  /** Names by indicator id, for the list of flagged indicators. */
  readonly names: ReadonlyMap<string, string>;
};

/** The notes, in print order: base breaks (when any), then thresholds. */
export function methodNotes(input: MethodNoteInput): string[] {
  const notes: string[] = [];
  const open = input.baseBreaks.filter((found) => found.revisedBase === null);
  const revised = input.baseBreaks.filter((found) => found.revisedBase !== null);
  const namesOf = (list: readonly BaseBreak[]) =>
    list.map((found) => input.names.get(found.indicatorId) ?? found.indicatorId).join('、');
  if (open.length > 0) {
    notes.push(
      `${namesOf(open)}${BASE_BREAK_LABEL}（规划基期值为其他年份数据，或首个实际值与基期值之差超过规划期全部变化量），尚未录入修订基期值，其进度按规划基期值计算，仅供参考。`,
    );
  }
  if (revised.length > 0) {
    notes.push(
      `${namesOf(revised)}的规划基期值与实际数据可能不可比，已按修订基期值评价（“修订基期值”一栏）。`,
    );
  }
  notes.push(settingsNoteText(input.settings, input.mode));
  return notes;
}
