import type { FollowUp, FollowUpSubject } from './followUp';
import type { IndicatorId, WorkItemId } from './ids';
import { leadDepartments, type WorkItem } from './workItem';
import type { ProgressStatus } from './workItemProgress';

/** A lagging indicator as the evaluation reports it (the caller maps its verdicts). */
export type LaggingIndicator = {
  readonly indicatorId: IndicatorId;
  readonly name: string;
  readonly departments: readonly string[];
  /** Why it lags, e.g. the evaluation's explanation sentence. */
  readonly problem: string;
};

/** What the 整改任务分工表 is drafted from. */
export type FollowUpSources = {
  readonly scopeId: string;
  readonly year: number;
  readonly indicators: readonly LaggingIndicator[];
  readonly items: readonly WorkItem[];
  /** The period's status of each item; those 滞后 go on the list. */
  readonly statuses: ReadonlyMap<WorkItemId, ProgressStatus>;
  /** The rows already in the table: kept as the user completed them. */
  readonly existing: readonly FollowUp[];
  readonly newId: () => string;
};

/**
 * Drafts the 整改任务分工表 (issue 13「Follow-up list」): the rows already there, then one new row
 * per lagging indicator and per 滞后 item not yet listed, with the first lead department filled in
 * and the measure and deadline left for the user. Pure; ids come from `newId`.
 */
export function draftFollowUps(sources: FollowUpSources): FollowUp[] {
  const listed = new Set(sources.existing.map((row) => subjectKey(row.subject)));
  const rows: FollowUp[] = [...sources.existing].sort((a, b) => a.order - b.order);
  const add = (subject: FollowUpSubject, title: string, problem: string, lead: string) => {
    if (listed.has(subjectKey(subject))) return;
    listed.add(subjectKey(subject));
    rows.push({
      id: sources.newId(),
      scopeId: sources.scopeId,
      year: sources.year,
      order: rows.length + 1,
      subject,
      title,
      problem,
      lead,
      measure: '',
      deadline: '',
    });
  };
  for (const indicator of sources.indicators) {
    const subject = { type: 'indicator' as const, indicatorId: indicator.indicatorId };
    add(subject, indicator.name, indicator.problem, indicator.departments[0] ?? '');
  }
  for (const item of sources.items) {
    if (sources.statuses.get(item.id) !== '滞后') continue;
    const subject = { type: 'workItem' as const, itemId: item.id };
    add(
      subject,
      `${item.number}. ${item.title}`,
      `${sources.year}年进展滞后`,
      leadDepartments(item)[0] ?? '',
    );
  }
  return rows.map((row, index) => ({ ...row, order: index + 1 }));
}

function subjectKey(subject: FollowUpSubject): string {
  return subject.type === 'indicator' ? `i:${subject.indicatorId}` : `w:${subject.itemId}`;
}
