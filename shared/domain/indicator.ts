import type { IndicatorId, PlanId } from './ids';
import type { Target } from './target';

/** 属性: anticipatory (market-driven) or binding (the government must deliver). DOMAIN.md「The main indicator table」. */
export type Attribute = '预期性' | '约束性';

/** Which way is good: most indicators should rise; 失业率, 城乡收入比, 能耗 should fall. */
export type Direction = 'higherIsBetter' | 'lowerIsBetter';

/** The base value (基期值) as the plan gives it. */
export type BaseValue = {
  /** Parsed number, or null for `--`, blank or text. */
  readonly value: number | null;
  /** The year the value refers to: the plan's base year, or 2019 when marked `*`. */
  readonly year: number;
  /** 「2020 年基期值均为预期数」: the plan's base values are estimates to be revised. */
  readonly isEstimate: boolean;
  /** Marked `*` in the plan: data of another year (带*的为 2019 年数据). */
  readonly isOtherYear: boolean;
  /** Written as `[7.66]`: a previous-period average (e.g. 13th-plan average growth), not a level. */
  readonly isPeriodAverage: boolean;
  /** Written with 左右 (`1.1左右`). */
  readonly isApproximate: boolean;
};

/** A warning attached by an importer to a row, naming the uncertain cell. */
export type ImportWarning = {
  /** Chinese message saying what is uncertain and what was assumed. */
  readonly message: string;
  /** 1-based line in the pasted text, or row in a sheet, where known. */
  readonly line?: number;
  /** Column name (指标, 2020年基期值, …) where known. */
  readonly column?: string;
  /** The cell text involved. */
  readonly cellText?: string;
};

/** One row of a plan's main indicator table (主要指标). */
export type Indicator = {
  readonly id: IndicatorId;
  readonly planId: PlanId;
  /** 1-based order in the table. */
  readonly order: number;
  /** 类别, e.g. 综合质效; empty string when the table has no categories. */
  readonly category: string;
  /** Name without the unit, e.g. 地区生产总值（GDP）. */
  readonly name: string;
  /** Unit from the parentheses at the end of the name, e.g. 亿元, %, 万元/人; empty if none. */
  readonly unit: string;
  /** Cell texts exactly as the plan wrote them (DOMAIN.md: show raw next to the parsed meaning). */
  readonly baseRaw: string;
  readonly targetRaw: string;
  readonly growthRaw: string;
  readonly base: BaseValue;
  readonly target: Target;
  /** 属性; null when the table has none and the user has not filled it yet (issue 11 item 4, decision 0044). */
  readonly attribute: Attribute | null;
  readonly direction: Direction;
  /** 责任单位: responsible departments. */
  readonly departments: readonly string[];
  readonly remarks: string;
  /** Warnings the importer attached; kept so the evaluator can review them. */
  readonly warnings: readonly ImportWarning[];
};
