import { makeWorkItemId, type WorkItemListId } from '../../domain/ids';
import {
  EMPTY_PROJECT_PLAN,
  type OutlinePlace,
  type WorkItem,
  type WorkItemKind,
} from '../../domain/workItem';
import { findDeadlines, findQuantities } from './findMentions';
import { readResponsibilities, type ResponsibilityProblem } from './readResponsibilities';

/** What an importer knows of one item before its text is read. */
export type WorkItemDraft = {
  readonly listId: WorkItemListId;
  readonly order: number;
  readonly number: string;
  readonly kind: WorkItemKind;
  readonly place: OutlinePlace;
  /** Title when the layout gives one (a 专栏 group); otherwise the text's first sentence. */
  readonly title?: string;
  readonly text: string;
};

/**
 * Builds a work item from its draft: reads the responsibility lists, deadlines and quantities of
 * its text. Fails only for unreadable lists (unbalanced brackets, an over-long name).
 */
export function buildWorkItem(
  draft: WorkItemDraft,
): { ok: true; value: WorkItem } | { ok: false; problem: ResponsibilityProblem } {
  const responsibilities = readResponsibilities(draft.text);
  if (!responsibilities.ok) return responsibilities;
  const base = {
    id: makeWorkItemId(draft.listId, draft.order),
    listId: draft.listId,
    order: draft.order,
    number: draft.number,
    place: draft.place,
    title: draft.title ?? titleOf(draft.text),
    text: draft.text,
    responsibilities: responsibilities.value,
    deadlines: findDeadlines(draft.text),
    quantities: findQuantities(draft.text),
  };
  const item: WorkItem =
    draft.kind === '工程项目'
      ? { ...base, kind: '工程项目', project: EMPTY_PROJECT_PLAN }
      : { ...base, kind: draft.kind };
  return { ok: true, value: item };
}

const MAX_TITLE = 60;

// A bracketed group at the end of a sentence, one level of nesting allowed (「(…各县（市、区）政府)」).
const TRAILING_GROUP = /[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]$/;

/** The text's first sentence (up to 。；), without a list at its end, at most 60 characters. */
export function titleOf(text: string): string {
  const end = text.search(/[。；;]/);
  const sentence = (end >= 0 ? text.slice(0, end) : text)
    .trim()
    .replace(TRAILING_GROUP, '')
    .trim()
    .replace(/[，,、：:]$/, '');
  return sentence.length > MAX_TITLE ? `${sentence.slice(0, MAX_TITLE)}…` : sentence;
}
