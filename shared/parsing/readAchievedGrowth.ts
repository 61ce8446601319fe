/**
 * Reads the 实际累计或年均增长 cell of a 13th-plan completion table (COMPLETION_COLUMNS 3): the
 * achieved average growth or cumulative change from the base year to the target year, as the
 * statistics bureau published it (DOMAIN.md「Mid-term judgments」; 000 lines 150–651, 002 lines
 * 294–345). Read the way the planned cell beside it (column 4) is read by classifyTarget.
 */
import type { ImportWarning, Indicator } from '../domain/indicator';
import { impliedBracketGrowth } from './bracketGrowthRule';
import { isReductionName } from './indicatorNameTraits';
import { parseCell } from './parseCell';
import { isBracketedCell } from './parseBracketedCell';
import { plannedChangeDirection } from './plannedChangeDirection';
import { formatNumber } from '../lib/formatNumber';

/** What the cell holds, in the ActualValue measures of shared/domain/actualValue.ts. */
export type AchievedGrowth = {
  readonly measure: 'averageGrowth' | 'cumulativeChange';
  readonly value: number;
  /** Why the number was read so, when it is not as written (kept in the ActualValue's note). */
  readonly note: string;
  /**
   * The year the value stands for when the text names one (「截至2019年上升16.3%」); absent
   * means the table's target year.
   */
  readonly year?: number;
  /** Set when the reading is a guess the evaluator should check. */
  readonly warning?: ImportWarning;
};

/** The row's facts the reading depends on. */
export type AchievedGrowthInput = {
  readonly raw: string;
  readonly indicator: Indicator;
  /** The achieved level (2020 actual) and its year, or null when the row has none. */
  readonly level: { readonly value: number; readonly year: number } | null;
  readonly baseYear: number;
};

const FALL = /下降|减少|降低/;
const RISE = /提高|增加|上升/;

/**
 * A plain number is the official average annual growth (`7.4`: GDP 2015–2020 in comparable
 * prices), except on a reduction indicator (a cumulative-reduction target or a 降低/下降/减少
 * name), where (as in the target, 000 line 532) it is the
 * cumulative reduction in %. A bracket `[x]` / `下降 [x]` is the cumulative change: on a reduction
 * indicator the reduction in % (positive = fall); otherwise signed, an unsigned bracket taking the
 * planned change's direction. When the planned bracket was read as annual growth, or the numbers
 * show it (bracketGrowthRule.ts), the achieved bracket is the average growth too. Text (稳定,
 * 截至2019年上升16.3%), ranges and empty cells give null.
 */
export function readAchievedGrowth(input: AchievedGrowthInput): AchievedGrowth | null {
  const { indicator } = input;
  const cell = parseCell(input.raw);
  const isReduction =
    indicator.target.kind === 'cumulativeReduction' || isReductionName(indicator.name);
  if (cell.type === 'text') return readDatedChange(cell.text, isReduction, input.baseYear);
  if (cell.type === 'number') {
    const { value, qualifier } = cell.number;
    const note = qualifier === 'exact' ? '' : `原文「${cell.text}」`;
    return { measure: isReduction ? 'cumulativeChange' : 'averageGrowth', value, note };
  }
  if (cell.type !== 'bracket' || !cell.range || cell.range.min !== cell.range.max) return null;
  return readBracket(
    input,
    { text: cell.text, prefix: cell.prefix, written: cell.range.min },
    isReduction,
  );
}

// 「截至2019年上升16.3%」「截至2019年累计提高2.1个百分点」: one dated, signed change, nothing else.
const DATED_CHANGE =
  /^截至\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[，,]?\s*(?:累计)?\s*(上升|下降|提高|降低|增加|减少)\s*(\d+(?:\.\d+)?)\s*(%|个百分点)?$/;

/**
 * Text that states one value unambiguously (issue 12, item 8): a change up to a named year. On a
 * reduction indicator a % change is the cumulative reduction (a rise is a negative reduction);
 * otherwise percentage points or a plain amount are the signed cumulative change. A % change of
 * anything else (a growth rate over what span?) stays text, as does any other wording.
 */
function readDatedChange(
  text: string,
  isReduction: boolean,
  baseYear: number,
): AchievedGrowth | null {
  const match = DATED_CHANGE.exec(text.replace(/\s+/g, ''));
  if (!match) return null;
  const year = Number(match[1]);
  const sign = FALL.test(match[2] ?? '') ? -1 : 1;
  const size = Number(match[3]);
  const isPercent = match[4] === '%';
  if (year <= baseYear || (isPercent && !isReduction)) return null;
  const value = isReduction ? -sign * size : sign * size;
  return { measure: 'cumulativeChange', value, year, note: `原文「${text}」` };
}

/** A single-valued bracket `[x]`, `下降 [x]`, as growth, reduction or signed change. */
function readBracket(
  input: AchievedGrowthInput,
  cell: { readonly text: string; readonly prefix: string; readonly written: number },
  isReduction: boolean,
): AchievedGrowth | null {
  const { indicator } = input;
  const { written } = cell;
  const size = Math.abs(written);
  const sign = FALL.test(cell.prefix) ? -1 : RISE.test(cell.prefix) ? 1 : 0;
  if (isReduction) {
    return { measure: 'cumulativeChange', value: sign === 0 ? written : -sign * size, note: '' };
  }
  const growth = readBracketGrowth(input, written);
  if (growth && cell.prefix === '') return growth;
  if (sign !== 0) return { measure: 'cumulativeChange', value: sign * size, note: '' };
  if (written > 0 && plannedFall(indicator)) {
    return {
      measure: 'cumulativeChange',
      value: -written,
      note: `原文「${cell.text}」未写正负号，按规划变化方向视为下降`,
    };
  }
  return { measure: 'cumulativeChange', value: written, note: '' };
}

/** The planned change of a cumulativeChange target is a fall (plannedChangeDirection). */
function plannedFall(indicator: Indicator): boolean {
  const target = indicator.target;
  if (target.kind !== 'cumulativeChange') return false;
  const planBase = indicator.base.isPeriodAverage ? null : indicator.base.value;
  const way = plannedChangeDirection(
    target.change,
    target.targetValue,
    planBase,
    indicator.direction,
  );
  return way < 0;
}

function readBracketGrowth(input: AchievedGrowthInput, written: number): AchievedGrowth | null {
  const { indicator, level } = input;
  const plannedAsGrowth =
    indicator.target.kind === 'levelWithGrowth' && isBracketedCell(indicator.growthRaw);
  const base = indicator.base.isPeriodAverage ? null : indicator.base.value;
  const implied =
    level === null
      ? null
      : impliedBracketGrowth({
          unit: indicator.unit,
          base,
          level: level.value,
          value: written,
          years: level.year - input.baseYear,
        });
  if (!plannedAsGrowth && implied === null) return null;
  const why =
    implied === null
      ? `同行规划栏「${indicator.growthRaw}」按年均增长解读`
      : `基期值${base ?? ''}至实际值${level?.value ?? ''}的复合年均增长为${formatNumber(implied, 2)}%`;
  const cellText = input.raw.trim();
  return {
    measure: 'averageGrowth',
    value: written,
    note: `原文「${cellText}」按年均增长读取`,
    warning: {
      message: `实际累计或年均增长「${cellText}」已按年均增长${written}%读取，不作累计变化（${why}），请核对原表`,
      column: '实际累计或年均增长',
      cellText,
    },
  };
}
