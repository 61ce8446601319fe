import type { Attribute, Direction, Indicator } from '../domain/indicator';
import { starredDataYear } from '../parsing/starredDataYear';
import type { IndicatorId } from '../domain/ids';
import type { Plan } from '../domain/plan';
import { buildIndicator } from './buildIndicator';

/** An indicator row as a person types it in the editor: raw texts plus what the table lacks. */
export type IndicatorFormInput = {
  readonly id: IndicatorId;
  readonly order: number;
  readonly category: string;
  /** The name cell as written, unit in parentheses: 地区生产总值（亿元）. */
  readonly rawName: string;
  readonly baseRaw: string;
  readonly targetRaw: string;
  readonly growthRaw: string;
  readonly attribute: Attribute | null;
  /** Null infers it from the name (DOMAIN.md: lower-is-better indicators exist). */
  readonly direction: Direction | null;
  readonly departments: readonly string[];
  readonly remarks: string;
};

/** What the plan's notes say that changes how rows are read. */
export function readNoteFlags(notes: readonly string[]): {
  baseIsEstimate: boolean;
  bindingSetAbove: boolean;
  starredYear: number | null;
} {
  const text = notes.join('\n');
  return {
    // 「2020 年基期值均为预期数」 (source-doc 000 line 1007).
    baseIsEstimate: /基期值.{0,6}预[期计]数/.test(text),
    // 「约束性指标具体数值按省下达任务执行」 (source-doc 000 line 1009).
    bindingSetAbove: /约束性指标.{0,12}按[省市]下达/.test(text),
    // 「带*的为 2019 年数据」: starred base values keep their own year (issue 12, item 5).
    starredYear: starredDataYear(text),
  };
}

/**
 * Reads a row typed in the plan editor by the same rules as an imported row (buildIndicator),
 * keeping the indicator's id and the editor's own fields (direction, departments, remarks).
 */
export function buildEditedIndicator(input: IndicatorFormInput, plan: Plan): Indicator {
  const isMain = plan.tableKind === 'main';
  const cells = isMain
    ? [input.baseRaw, input.targetRaw, input.growthRaw]
    : [input.baseRaw, '', input.targetRaw, '', input.growthRaw];
  const read = buildIndicator(
    {
      line: 0,
      category: input.category,
      rawName: input.rawName,
      cells,
      attribute: input.attribute ?? '',
      verdict: '',
      warnings: [],
    },
    input.order,
    {
      planId: plan.id,
      kind: plan.tableKind,
      baseYear: plan.baseYear,
      ...readNoteFlags(plan.notes),
    },
  );
  return {
    ...read,
    id: input.id,
    direction: input.direction ?? read.direction,
    departments: input.departments.map((d) => d.trim()).filter((d) => d.length > 0),
    remarks: input.remarks.trim(),
  };
}
