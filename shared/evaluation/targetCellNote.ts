/**
 * What the explanation says about the words of a compound target cell that the verdict did not use
 * (issue 12, reading 3; shared/parsing/readTargetCells.ts): the province as the source of the
 * number judged, and clauses left to the evaluator. A judgment target says it all itself.
 */
import type { Indicator } from '../domain/indicator';
import { mayBeCompound, readTargetCells } from '../parsing/readTargetCells';

// Read once per indicator object: every run asks for every indicator, 10,000 times a run, and the
// note depends on the indicator's own cells only.
const known = new WeakMap<Indicator, string>();

/** 「规划目标按省下达任务执行，按其中的数值评价（原文「省下达的目标｜[16]」）」, 「另「力争…」…需人工研判」, or ''. */
export function targetCellNote(indicator: Indicator): string {
  let note = known.get(indicator);
  if (note === undefined) {
    note = readTargetCellNote(indicator);
    known.set(indicator, note);
  }
  return note;
}

function readTargetCellNote(indicator: Indicator): string {
  if (indicator.target.kind === 'judgment') return '';
  // Runs for every indicator of every run: most cells are plain numbers.
  if (!mayBeCompound(indicator.targetRaw) && !mayBeCompound(indicator.growthRaw)) return '';
  const cells = readTargetCells(indicator.targetRaw, indicator.growthRaw);
  const notes: string[] = [];
  if (cells.provinceText !== null) {
    const raw = [indicator.targetRaw, indicator.growthRaw]
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .join('｜');
    notes.push(`规划目标按省下达任务执行，按其中的数值评价（原文「${raw}」）`);
  }
  if (cells.clauses.length > 0) {
    notes.push(`另「${cells.clauses.join('，')}」无法由数值判断，需人工研判`);
  }
  return notes.join('；');
}

/** Adds the note before the explanation's closing 。. */
export function withTargetCellNote(explanation: string, indicator: Indicator): string {
  const note = targetCellNote(indicator);
  if (note === '') return explanation;
  return `${explanation.replace(/。$/, '')}；${note}。`;
}
