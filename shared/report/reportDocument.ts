/**
 * The evaluation report as data (issue 6): title, numbered sections, figures, and the 附表. No
 * layout: the Word and Excel builders, the print view and the app's editor all read this model.
 * DOMAIN.md「Mid-term judgments」: the report says what was judged, why, and what is still needed.
 */
import type { ActualValue } from '../domain/actualValue';
import type { IndicatorId } from '../domain/ids';
import type { Attribute, Indicator } from '../domain/indicator';
import type { Plan } from '../domain/plan';
import type { EvaluationMode, Verdict } from '../domain/verdict';
import type { ReviewedEvaluation } from '../evaluation/applyOverride';
import type { ComponentActual } from '../evaluation/indicatorEvaluation';
import type { EvaluationSummary } from '../evaluation/summarizeEvaluations';
import type { IndicatorComparison } from './compareWithReferences';
import type { ReportFraming } from './reportFraming';

/**
 * Stable ids of the report's sections; the app stores the evaluator's edits under them. The
 * five sections of issue 14: 一 work, 二 progress, 三 tasks, 四 problems, 五 suggestions (edits
 * stored under the former 'overall' id no longer apply: its text moved into 一 and 二).
 */
export type ReportSectionId = 'work' | 'progress' | 'tasks' | 'problems' | 'suggestions';

/** Every section id, in report order. */
export const REPORT_SECTION_IDS: readonly ReportSectionId[] = [
  'work',
  'progress',
  'tasks',
  'problems',
  'suggestions',
];

/** A piece of a section's text: a paragraph, or a second-level heading such as 「（一）综合质效」. */
export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string };

/** One first-level section (一、总体评价 …) with its generated text and the evaluator's edit. */
export type ReportSection = {
  readonly id: ReportSectionId;
  /** The heading as printed, e.g. 一、总体评价. */
  readonly heading: string;
  /** The blocks in force: the evaluator's edit when there is one, else the generated blocks. */
  readonly blocks: readonly ReportBlock[];
  /** What the workbench generated, kept even when the section is edited. */
  readonly generatedBlocks: readonly ReportBlock[];
  /** The generated blocks as editable text, one block per line (see sectionEdits.ts). */
  readonly generatedText: string;
  /** The evaluator's text, or null when the section is not edited. */
  readonly editedText: string | null;
  /**
   * True when the section is edited and the generated text is no longer the one the edit was
   * made from (the data or the evaluation changed since): regenerating would change the text.
   */
  readonly isGeneratedTextChanged: boolean;
  /** Figures printed at the end of the section, by figure id; edits never remove them. */
  readonly figureIds: readonly string[];
};

/**
 * Which chart a figure shows and the data it is drawn from (never pixels or layout). Each variant
 * holds exactly the input of its option builder in shared/charts/ (verdictDonutOption,
 * categoryBarsOption, indicatorTrendOption).
 */
export type ChartSpec =
  | {
      /** 各项指标评价结论分布: verdict counts of the whole plan. */
      readonly kind: 'verdictDonut';
      readonly summary: EvaluationSummary;
    }
  | {
      /** 分领域指标评价情况: verdict counts per category, in the plan's order. */
      readonly kind: 'categoryBars';
      readonly summary: EvaluationSummary;
    }
  | {
      /** One indicator's actuals against its base, target and planned path. */
      readonly kind: 'indicatorTrend';
      readonly plan: Pick<Plan, 'baseYear' | 'targetYear'>;
      readonly indicator: Indicator;
      readonly evaluation: ReviewedEvaluation;
      /** This indicator's actual values, by year then measure. */
      readonly actualValues: readonly ActualValue[];
    };

/** A numbered figure: 「图1 各项指标评价结论分布」. */
export type ReportFigure = {
  /** Stable id (`verdicts`, `categories`, `trend:<indicatorId>`), the key of rendered images. */
  readonly id: string;
  /** 1-based number in order of appearance. */
  readonly number: number;
  /** The caption's text without the number: 各项指标评价结论分布. */
  readonly title: string;
  /** The caption as printed: 图1 各项指标评价结论分布. */
  readonly caption: string;
  readonly chart: ChartSpec;
};

/** How a table cell's value is to be shown in a spreadsheet. */
export type ReportCellFormat = 'text' | 'number' | 'percent';

/**
 * A cell of the 附表: the text as printed in Word, and for numbers the value and decimals so a
 * spreadsheet can keep it numeric (a percent cell holds a ratio: 0.4 for 40.0%).
 */
export type ReportCell = {
  readonly text: string;
  readonly value: number | null;
  readonly decimals: number;
  readonly format: ReportCellFormat;
};

/** A column of the 附表; `group` is the upper header spanning several columns (各年实际值). */
export type ReportTableColumn = {
  /** Stable key: category, name, unit, base, target, growth, actual:<year>, timeProgress, … */
  readonly key: string;
  readonly label: string;
  readonly group: string | null;
};

/** A row of the 附表, one per indicator in the plan's order; `cells` follow `columns`. */
export type ReportTableRow = {
  readonly indicatorId: IndicatorId;
  readonly category: string;
  readonly attribute: Attribute | null;
  /** The verdict in force (an override's when there is one). */
  readonly verdict: Verdict;
  readonly isOverridden: boolean;
  readonly cells: readonly ReportCell[];
};

/** 附表 主要指标进展情况表. */
export type ReportTable = {
  /** As printed above the table: 主要指标进展情况表. */
  readonly title: string;
  readonly columns: readonly ReportTableColumn[];
  readonly rows: readonly ReportTableRow[];
  /** Notes printed under the table (the plan's notes first, verbatim). */
  readonly notes: readonly string[];
};

/**
 * A plain appendix table of texts (整改任务分工表): one header row, left-aligned long texts, widths
 * from the content as in the 附表.
 */
export type ReportListTable = {
  readonly title: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly (readonly string[])[];
};

/** Everything known about one indicator, for appendices (values by year, explanations). */
export type ReportIndicatorData = {
  readonly indicator: Indicator;
  readonly evaluation: ReviewedEvaluation;
  /** Actual values by year then measure, with their status and source. */
  readonly actuals: readonly ActualValue[];
  /** Structure components by year (三产比例), if any. */
  readonly components: readonly ComponentActual[];
};

/** The whole report. */
export type ReportDocument = {
  /** 景德镇市国民经济和社会发展第十四个五年规划纲要实施中期评估报告. */
  readonly title: string;
  readonly plan: Plan;
  readonly mode: EvaluationMode;
  /** The evaluation year asked for. */
  readonly year: number;
  /** The latest year any indicator's data came from, or null when there are none. */
  readonly dataYear: number | null;
  readonly sections: readonly ReportSection[];
  readonly figures: readonly ReportFigure[];
  readonly table: ReportTable;
  /** 整改任务分工表: lagging indicators and tasks → lead department → measure → deadline. */
  readonly followUp: ReportListTable;
  /** The framing the report was drafted with (title block lines, cut-off, methods). */
  readonly framing: ReportFraming;
  /** The indicators compared with reference series (empty without references). */
  readonly comparisons: readonly IndicatorComparison[];
  readonly summary: EvaluationSummary;
  readonly indicators: readonly ReportIndicatorData[];
};

/**
 * The evaluator's text of one section, as the app stores it. `basedOn` is the generated text
 * the edit started from, so the report can say when regenerating would change it.
 */
export type SectionEdit = {
  readonly sectionId: string;
  readonly text: string;
  readonly basedOn?: string | null;
};

/** Rendered chart images by figure id, for the Word builder (PNG at 2× the layout size). */
export type FigureImages = ReadonlyMap<string, FigureImage>;

/** One rendered chart: PNG bytes and their pixel size. */
export type FigureImage = {
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
};
