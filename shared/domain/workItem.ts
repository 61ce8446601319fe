import type { WorkItemId, WorkItemListId } from './ids';

/**
 * What a work item is. Real mid-term reports count the three apart (REAL-REPORTS.md: 「102项重大
 * 工程项目中96项进展符合预期」「《纲要》分解为259项重大任务」).
 */
export type WorkItemKind = '任务' | '工程项目' | '改革举措';

/** Every kind, in display order. */
export const WORK_ITEM_KINDS: readonly WorkItemKind[] = ['任务', '工程项目', '改革举措'];

/**
 * Where the item sits in its document's outline. Empty strings where the document has no such
 * level (004 has parts and some sub-sections, no 专栏; a plan's 专栏 items have a box and maybe a
 * group 「（一）陶瓷文化遗产保护工程」).
 */
export type OutlinePlace = {
  /** 一级标题, e.g. 「二、持续推进生态环境保护修复」 or 「第一章 …」. */
  readonly part: string;
  /** 二级标题, e.g. 「（一）深入推进生态环境污染治理“4+1”工程」 or 「第一节 …」. */
  readonly section: string;
  /** 专栏 title, e.g. 「专栏 1 陶瓷文化保护传承工程」; '' outside a box. */
  readonly box: string;
  /** Group inside a box, e.g. 「（一）陶瓷文化遗产保护工程」; '' when the box has none. */
  readonly group: string;
};

/**
 * A phrase found in the item's text, kept as written with the words around it so the evaluator
 * can read it in context (issue 13: 「kept as written, with their context」).
 */
export type TextMention = {
  /** The phrase itself, e.g. 「2021 年底前」 or 「1200 人以上」. */
  readonly text: string;
  /** The clause it was found in (up to the nearest 。；), trimmed. */
  readonly context: string;
};

/**
 * One responsibility list of the item, e.g. 「(市生态环境局、各县（市、区）政府负责，市直有关单位
 * 配合)」. A task may carry two lists, each applying to the clause before it (004 task 7, 12, 19).
 */
export type Responsibility = {
  /** 牵头/负责 departments; all of the list when it names no keyword. */
  readonly lead: readonly string[];
  /** 配合 departments. */
  readonly support: readonly string[];
  /** The text the list applies to (the clause before it), trimmed. */
  readonly clause: string;
};

/** A project's schedule and planned investment (万元), each optional as plans seldom print them. */
export type ProjectPlan = {
  /** 总投资, 万元. */
  readonly totalInvestment: number | null;
  /** 年度计划投资, 万元, by year. */
  readonly annualInvestment: Readonly<Record<string, number>>;
  readonly startYear: number | null;
  readonly endYear: number | null;
};

/** What every work item has, whatever its kind. */
export type WorkItemBase = {
  readonly id: WorkItemId;
  readonly listId: WorkItemListId;
  /** 1-based order in the list. */
  readonly order: number;
  /** Number as printed, e.g. 「7」 or 「专栏1-（一）-5」 for a box item. */
  readonly number: string;
  readonly place: OutlinePlace;
  /** Short title: the first sentence (up to 。) or the whole line of a box item. */
  readonly title: string;
  /** Full text as written, wrapped lines joined, responsibility lists kept. */
  readonly text: string;
  readonly responsibilities: readonly Responsibility[];
  /** Deadlines found in the text (「2021 年底前」「到 2025 年」). */
  readonly deadlines: readonly TextMention[];
  /** Quantified goals found in the text (「达到 1200 人以上」「28.91 万亩」). */
  readonly quantities: readonly TextMention[];
};

/** A 任务 (task) or 改革举措 (reform measure): text, departments, deadlines. */
export type TaskItem = WorkItemBase & { readonly kind: '任务' | '改革举措' };

/** A 工程项目 (major project): as a task, plus its schedule and planned investment. */
export type ProjectItem = WorkItemBase & {
  readonly kind: '工程项目';
  readonly project: ProjectPlan;
};

/** A work item of a plan or task list (issue 13). */
export type WorkItem = TaskItem | ProjectItem;

/** An empty project plan (no investment or years printed). */
export const EMPTY_PROJECT_PLAN: ProjectPlan = {
  totalInvestment: null,
  annualInvestment: {},
  startYear: null,
  endYear: null,
};

/** Lead departments of the item over all its lists, in order of first mention, without repeats. */
export function leadDepartments(item: Pick<WorkItemBase, 'responsibilities'>): string[] {
  return unique(item.responsibilities.flatMap((r) => r.lead));
}

/** Supporting departments over all lists, without those that also lead. */
export function supportDepartments(item: Pick<WorkItemBase, 'responsibilities'>): string[] {
  const leads = new Set(leadDepartments(item));
  return unique(item.responsibilities.flatMap((r) => r.support)).filter((d) => !leads.has(d));
}

/** Every department named by the item, leads first. */
export function itemDepartments(item: Pick<WorkItemBase, 'responsibilities'>): string[] {
  return [...leadDepartments(item), ...supportDepartments(item)];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
