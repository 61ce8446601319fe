import { asWorkItemListId, type WorkItemListId } from '../../domain/ids';
import type { OutlinePlace, WorkItem, WorkItemKind } from '../../domain/workItem';
import type { WorkItemBundle } from '../../domain/workItemList';
import { fail, ok, type Result } from '../../lib/result';
import { boxKind, boxListOf } from './boxKind';
import { buildWorkItem, type WorkItemDraft } from './buildWorkItem';
import { readHeading, type Heading } from './outlineHeadings';
import { joinWrapped, sourceLines, type SourceLine } from './sourceLines';
import type { WorkItemImportOptions } from './workItemImportOptions';

type Piece = {
  number: string;
  line: number;
  title?: string;
  parts: string[];
  place: OutlinePlace;
};
type Box = {
  part: string;
  section: string;
  /** A chapter heading came inside the box (a page break in the PDF): resume on box structure. */
  suspended: boolean;
  number: number;
  title: string;
  kind: WorkItemKind;
  group: Group | null;
  items: number;
};
type Group = { number: number; title: string; items: number; prose: Piece | null };

type Walk = {
  part: string;
  section: string;
  box: Box | null;
  open: Piece | null;
  lastItem: number;
  /** Body lines after a finished item: the item's next paragraph if box structure follows. */
  pending: string[];
  done: { piece: Piece; kind: WorkItemKind }[];
};

const TERMINAL = /[。；;！!]$/;

/**
 * Reads the 专栏 boxes of a plan document (source-docs 000, 002): each box is a group of items,
 * each numbered line 「1.」 an item (wrapped lines joined), and a sub-group 「（一）…」 with prose
 * but no numbered lines is one item itself (002). A box ends at the next box, at a 第…章/节
 * heading, or at body text after a finished item. Never throws.
 */
export function parseBoxes(text: string, options: WorkItemImportOptions): Result<WorkItemBundle> {
  const listId = asWorkItemListId(options.listId);
  const walk: Walk = {
    part: '',
    section: '',
    box: null,
    open: null,
    lastItem: 0,
    pending: [],
    done: [],
  };
  for (const line of sourceLines(text)) step(walk, line);
  closeBox(walk);
  if (walk.done.length === 0) {
    return fail('未找到专栏：规划文本中应有「专栏 1 ……」及其编号条目', at(options, 1));
  }
  const items: WorkItem[] = [];
  for (const [index, { piece, kind }] of walk.done.entries()) {
    const built = buildWorkItem(draftOf(listId, index + 1, piece, kind));
    if (!built.ok) {
      const { message, cellText } = built.problem;
      return fail(`专栏条目 ${piece.number}：${message}`, { ...at(options, piece.line), cellText });
    }
    items.push(built.value);
  }
  return ok({ list: boxListOf(listId, options), items });
}

function step(walk: Walk, line: SourceLine): void {
  const heading = readHeading(line.text);
  if (heading?.type === 'box') return openBox(walk, heading.number, line.text);
  if (heading?.type === 'chapter') {
    // 000 专栏 21: the PDF prints a chapter's first lines inside the box; the box goes on after.
    if (walk.box && !walk.box.suspended) walk.box.suspended = true;
    else closeBox(walk);
    // Outline: 篇 > 章 (the item's part) > 节 (its section).
    if (/^第\S+?章/.test(line.text)) [walk.part, walk.section] = [line.text, ''];
    else if (/^第\S+?节/.test(line.text)) walk.section = line.text;
    return;
  }
  if (walk.box) stepInBox(walk, walk.box, heading, line);
}

function openBox(walk: Walk, number: number, text: string): void {
  closeBox(walk);
  const title = text.replace(/^专栏\s*\d+\s*/, '').trim();
  const { part, section } = walk;
  const kind = boxKind(title);
  walk.box = { part, section, suspended: false, number, title, kind, group: null, items: 0 };
  walk.lastItem = 0;
}

function stepInBox(walk: Walk, box: Box, heading: Heading | null, line: SourceLine): void {
  const isNextGroup =
    heading?.type === 'section' && heading.number === (box.group?.number ?? 0) + 1;
  const isNextItem = heading?.type === 'item' && heading.number === walk.lastItem + 1;
  if (box.suspended) {
    if (!isNextGroup && !isNextItem) return;
    box.suspended = false;
    walk.pending = [];
  }
  if (isNextGroup) {
    flushPending(walk, box);
    return openGroup(walk, box, heading.number, line);
  }
  if (heading?.type === 'item' && (isNextItem || heading.number === 1)) {
    flushPending(walk, box);
    return openItem(walk, box, heading.number, heading.rest, line);
  }
  appendBody(walk, box, line);
}

function openGroup(walk: Walk, box: Box, number: number, line: SourceLine): void {
  closePiece(walk, box);
  closeGroup(walk, box);
  const title = line.text.replace(/^[（(][一二三四五六七八九十]+[)）]\s*/, '');
  const place = placeOf(walk, box, line.text);
  const prose: Piece = {
    number: `${box.number}-${number}`,
    line: line.line,
    title,
    parts: [],
    place,
  };
  box.group = { number, title: line.text, items: 0, prose };
  walk.lastItem = 0;
}

function openItem(walk: Walk, box: Box, number: number, rest: string, line: SourceLine): void {
  closePiece(walk, box);
  const group = box.group;
  if (group) group.items += 1;
  const prefix = group ? `${box.number}-${group.number}` : `${box.number}`;
  const place = placeOf(walk, box, group?.title ?? '');
  const number_ = `${prefix}-${number}`;
  // 000 专栏 12: 「1.民航」 on its own line heads the paragraphs below it.
  const isHeading = rest.length <= 12 && !/[，。；;,]/.test(rest);
  walk.open = { number: number_, line: line.line, parts: [rest], place };
  if (isHeading && rest !== '') walk.open.title = rest;
  walk.lastItem = number;
}

function appendBody(walk: Walk, box: Box, line: SourceLine): void {
  const open = walk.open ?? (box.group?.items === 0 ? box.group.prose : null);
  if (!open) {
    // Prose straight under a box title: the box is one item (a box without numbered lines).
    const place = placeOf(walk, box, '');
    const number = `${box.number}`;
    walk.open = { number, line: line.line, title: box.title, parts: [line.text], place };
    return;
  }
  const last = open.parts.at(-1) ?? '';
  if (walk.pending.length > 0 || (open.parts.length > 0 && TERMINAL.test(last))) {
    walk.pending.push(line.text);
    return;
  }
  open.parts.push(line.text);
}

/** Box structure follows the pending lines: they were the open piece's next paragraphs. */
function flushPending(walk: Walk, box: Box): void {
  if (walk.pending.length === 0) return;
  const open = walk.open ?? (box.group?.items === 0 ? box.group.prose : null);
  open?.parts.push(...walk.pending);
  walk.pending = [];
}

function closePiece(walk: Walk, box: Box): void {
  if (walk.open) walk.done.push({ piece: walk.open, kind: box.kind });
  walk.open = null;
}

function closeGroup(walk: Walk, box: Box): void {
  const group = box.group;
  if (group && group.items === 0 && group.prose)
    walk.done.push({ piece: group.prose, kind: box.kind });
  box.group = null;
}

function closeBox(walk: Walk): void {
  walk.pending = [];
  const box = walk.box;
  if (!box) return;
  closePiece(walk, box);
  closeGroup(walk, box);
  walk.box = null;
}

function placeOf(walk: Walk, box: Box, group: string): OutlinePlace {
  return { part: box.part, section: box.section, box: `专栏 ${box.number} ${box.title}`, group };
}

function draftOf(listId: WorkItemListId, order: number, piece: Piece, kind: WorkItemKind) {
  const text = joinWrapped(piece.parts) || (piece.title ?? '');
  const draft: WorkItemDraft = {
    listId,
    order,
    number: piece.number,
    kind,
    place: piece.place,
    text,
  };
  return piece.title ? { ...draft, title: piece.title } : draft;
}

function at(options: WorkItemImportOptions, line: number) {
  return options.fileName ? { file: options.fileName, line } : { line };
}
