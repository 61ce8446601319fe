import type { Attribute, ImportWarning, Indicator } from '../domain/indicator';
import { makeIndicatorId } from '../domain/ids';
import type { PlanId } from '../domain/ids';
import type { PlanTableKind } from '../domain/plan';
import { classifyTarget } from '../parsing/classifyTarget';
import { inferDirection } from '../parsing/inferDirection';
import { normaliseCellText } from '../parsing/normaliseCellText';
import { parseAttribute } from '../parsing/parseAttribute';
import { parseBaseValue } from '../parsing/parseBaseValue';
import { splitNameAndUnit } from '../parsing/splitNameAndUnit';
import type { RawRow } from './rawTable';

/** What the plan as a whole tells every row: years and what the notes say. */
export type IndicatorContext = {
  readonly planId: PlanId;
  readonly kind: PlanTableKind;
  readonly baseYear: number;
  /** The notes call base values estimates (「2020 年基期值均为预期数」). */
  readonly baseIsEstimate: boolean;
  /** The notes say binding values are set by the province or city (「按省下达任务执行」). */
  readonly bindingSetAbove: boolean;
  /** The year the notes give for starred base values (带*的为2019年数据), or null. */
  readonly starredYear?: number | null;
};

/** Collapses runs of whitespace in a raw cell; the text is otherwise kept as the plan wrote it. */
export function tidyRaw(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Turns a RawRow into an Indicator: splits the unit from the name, reads the base value, decides
 * the target kind and the direction. For completion tables the base is the 2015 value and the
 * target the 2020 plan target and planned growth (COMPLETION_COLUMNS 0, 2 and 4).
 */
export function buildIndicator(row: RawRow, order: number, context: IndicatorContext): Indicator {
  const { name, unit } = splitNameAndUnit(row.rawName);
  const isMain = context.kind === 'main';
  const baseRaw = tidyRaw(row.cells[0] ?? '');
  const targetRaw = tidyRaw(row.cells[isMain ? 1 : 2] ?? '');
  const growthRaw = tidyRaw(row.cells[isMain ? 2 : 4] ?? '');
  const warnings: ImportWarning[] = [...row.warnings];
  const attribute = readAttribute(row, name, warnings);
  const decision = classifyTarget({
    name,
    unit,
    baseRaw,
    targetRaw,
    growthRaw,
    setByProvince: attribute === '约束性' && context.bindingSetAbove,
  });
  warnings.push(...decision.warnings.map((warning) => ({ ...warning, line: row.line })));
  return {
    id: makeIndicatorId(context.planId, order),
    planId: context.planId,
    order,
    category: normaliseCellText(row.category),
    name,
    unit,
    baseRaw,
    targetRaw,
    growthRaw,
    base: parseBaseValue(baseRaw, {
      baseYear: context.baseYear,
      isEstimate: isMain && context.baseIsEstimate,
      starredYear: context.starredYear ?? null,
    }),
    target: decision.target,
    attribute,
    direction: inferDirection(name),
    departments: [],
    remarks: '',
    warnings,
  };
}

/**
 * The row's 属性; null when it has none, left for the user to fill rather than guessed (decision
 * 0044): a guessed 预期性 would silently drop a binding indicator from the 约束性 counts.
 */
function readAttribute(row: RawRow, name: string, warnings: ImportWarning[]): Attribute | null {
  const attribute = parseAttribute(row.attribute);
  if (attribute) return attribute;
  const text = row.attribute.replace(/\s+/g, '');
  const found = text === '' ? '没有属性（预期性/约束性）' : `的属性「${text}」不是预期性或约束性`;
  warnings.push({
    message: `「${name}」行${found}：已留空（待填），请在复核时或在规划的指标表中填写`,
    line: row.line,
    column: '属性',
    cellText: row.attribute,
  });
  return null;
}
