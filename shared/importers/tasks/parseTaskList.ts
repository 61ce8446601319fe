import { asPlanId, asWorkItemListId, type WorkItemListId } from '../../domain/ids';
import type { OutlinePlace, WorkItem } from '../../domain/workItem';
import type { WorkItemBundle } from '../../domain/workItemList';
import { fail, ok, type Result } from '../../lib/result';
import { buildWorkItem } from './buildWorkItem';
import { readHeading } from './outlineHeadings';
import { joinWrapped, sourceLines, type SourceLine } from './sourceLines';
import type { WorkItemImportOptions } from './workItemImportOptions';
import { coversKinds } from '../../lib/exhaustive';

type OpenItem = { number: number; line: number; place: OutlinePlace; parts: string[] };

type Walk = {
  part: { number: number; title: string };
  section: { number: number; title: string };
  lastItem: number;
  restarted: boolean;
  open: OpenItem | null;
  closed: OpenItem[];
};

// 「景德镇市推动长江经济带发展领导小组 2021年 6月 24日印发」: the 版记 ends the document.
const IMPRINT = /印发$/;
const EMPTY_PLACE: OutlinePlace = { part: '', section: '', box: '', group: '' };

/**
 * Reads a task list in the layout of source-docs 004 (工作要点, 分工方案): parts 「一、」,
 * sub-sections 「（一）」, numbered tasks 「1.」 running on or restarting under each heading, each
 * task's responsible units in brackets after its clause. Text outside numbered tasks (preamble,
 * part introductions) is not an item. Never throws.
 */
export function parseTaskList(
  text: string,
  options: WorkItemImportOptions,
): Result<WorkItemBundle> {
  const listId = asWorkItemListId(options.listId);
  const walk: Walk = {
    part: { number: 0, title: '' },
    section: { number: 0, title: '' },
    lastItem: 0,
    restarted: true,
    open: null,
    closed: [],
  };
  const lines = sourceLines(text);
  for (const line of lines) {
    if (IMPRINT.test(line.text)) break;
    step(walk, line);
  }
  closeItem(walk);
  if (walk.closed.length === 0) {
    return fail('未找到编号任务：任务清单应有「1.」「2.」……开头的任务', at(options, 1));
  }
  const items: WorkItem[] = [];
  for (const [index, open] of walk.closed.entries()) {
    const built = buildWorkItem({
      listId,
      order: index + 1,
      number: String(open.number),
      kind: '任务',
      place: open.place,
      text: joinWrapped(open.parts),
    });
    if (!built.ok) {
      const { message, cellText } = built.problem;
      return fail(`第 ${open.number} 项任务：${message}`, { ...at(options, open.line), cellText });
    }
    items.push(built.value);
  }
  return ok({ list: listOf(listId, text, options), items });
}

function step(walk: Walk, line: SourceLine): void {
  const heading = readHeading(line.text);
  switch (heading?.type) {
    case 'part':
    case 'chapter': {
      const number = heading.type === 'part' ? heading.number : walk.part.number + 1;
      if (heading.type === 'part' && number !== walk.part.number + 1) break;
      closeItem(walk);
      walk.part = { number, title: heading.title };
      walk.section = { number: 0, title: '' };
      walk.restarted = true;
      return;
    }
    case 'section':
      if (heading.number !== walk.section.number + 1) break;
      closeItem(walk);
      walk.section = { number: heading.number, title: heading.title };
      walk.restarted = true;
      return;
    case 'item':
      if (heading.number === walk.lastItem + 1 || (heading.number === 1 && walk.restarted)) {
        closeItem(walk);
        const place = { ...EMPTY_PLACE, part: walk.part.title, section: walk.section.title };
        walk.open = { number: heading.number, line: line.line, place, parts: [heading.rest] };
        walk.lastItem = heading.number;
        walk.restarted = false;
        return;
      }
      break;
    default:
      // A box heading (专栏) or plain text continues the open item.
      coversKinds(heading?.type, ['box', undefined]);
      break;
  }
  walk.open?.parts.push(line.text);
}

function closeItem(walk: Walk): void {
  if (walk.open) walk.closed.push(walk.open);
  walk.open = null;
}

function listOf(listId: WorkItemListId, text: string, options: WorkItemImportOptions) {
  const year = /((?:19|20)\d{2})\s*年/.exec(text.slice(0, 2000));
  const startYear = options.startYear ?? 2021;
  return {
    id: listId,
    name: options.name ?? '导入的任务清单',
    region: options.region ?? '',
    planId: options.planId ? asPlanId(options.planId) : null,
    startYear,
    endYear: options.endYear ?? (year ? startYear : 2025),
    origin: options.origin ?? { type: 'pasted' as const },
  };
}

function at(options: WorkItemImportOptions, line: number) {
  return options.fileName ? { file: options.fileName, line } : { line };
}
