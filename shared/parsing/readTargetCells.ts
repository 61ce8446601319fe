/**
 * Compound target cells (issue 12, reading 3). A target or growth cell may hold, besides the number
 * the engine judges, words it cannot judge:
 * - a qualitative clause after the number: `>7、力争投入强度高于“十三五”时期实际` (national plan);
 * - the province as the source of the number: `省下达的目标 [16]` (000 line 297), `完成省下达任务 16`;
 * - the province wording alone: `省下达的目标`, `[省下达的目标]` (DOMAIN.md: 按省下达 → judgment).
 * The cells are read once here, both by classifyTarget (what to judge) and by the explanation
 * (what to say about the rest), so the two never disagree.
 */
import { isEmptyCell } from './isEmptyCell';
import { normaliseCellText } from './normaliseCellText';
import { parseCell } from './parseCell';

/** The cells with the province wording and the clauses taken out, and what was taken out. */
export type TargetCells = {
  /** The target cell's number part (the whole cell when nothing was taken out). */
  readonly targetText: string;
  /** The growth cell's number part. */
  readonly growthText: string;
  /** Clauses that need the evaluator, as written: `力争投入强度高于“十三五”时期实际`. */
  readonly clauses: readonly string[];
  /** The province wording as written (`省下达的目标`), or null when the cells do not name it. */
  readonly provinceText: string | null;
};

/** 省下达的目标, 按省下达, 完成省下达任务, 市下达的指标, 按省下达任务执行. */
const PROVINCE_WORDS =
  /(?:完成|按照?|执行)?(?:省|市)(?:级)?下达(?:的)?(?:目标|任务|指标)?(?:数|值)?(?:执行)?/;

/** A clause separator (、 is read as `,` by normaliseCellText). */
const SEPARATOR = /[,;，；]/;

/** Cheap test run before any parsing: only these cells can be compound. */
const MAY_BE_COMPOUND = /下达|[,;，；、]/;

/** True when a raw cell may hold more than a number (a clause or the province wording). */
export function mayBeCompound(raw: string): boolean {
  return MAY_BE_COMPOUND.test(raw);
}

/** True when the cell text is a number, bracket or structure the engine can judge. */
function isJudgeable(text: string): boolean {
  const type = parseCell(text).type;
  return type === 'number' || type === 'bracket' || type === 'structure';
}

type CellReading = {
  readonly text: string;
  readonly clauses: readonly string[];
  readonly provinceText: string | null;
};

/** Takes the province wording out of one cell; `[省下达的目标]` leaves nothing. */
function withoutProvince(text: string): { rest: string; province: string | null } {
  const match = PROVINCE_WORDS.exec(text);
  if (!match) return { rest: text, province: null };
  const rest = text
    .replace(match[0], ' ')
    .replace(/^\s*\[\s*\]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { rest, province: match[0] };
}

/** Splits `>7、力争…` into the judgeable part and the clauses; a cell of clauses only is kept whole. */
function splitClauses(text: string): { rest: string; clauses: string[] } {
  if (!SEPARATOR.test(text) || isJudgeable(text)) return { rest: text, clauses: [] };
  const parts = text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const judgeable = parts.filter(isJudgeable);
  if (judgeable.length !== 1) return { rest: text, clauses: [] };
  return { rest: judgeable[0] ?? '', clauses: parts.filter((part) => !isJudgeable(part)) };
}

function readCell(raw: string): CellReading {
  if (!MAY_BE_COMPOUND.test(raw)) return { text: raw, clauses: [], provinceText: null };
  const text = normaliseCellText(raw);
  if (isEmptyCell(text)) return { text: raw, clauses: [], provinceText: null };
  const { rest, province } = withoutProvince(text);
  const { rest: judged, clauses } = splitClauses(rest);
  // Keep the original cell when nothing was taken out, so the raw text reaches parseCell unchanged.
  if (province === null && clauses.length === 0) return { text: raw, clauses, provinceText: null };
  return { text: judged, clauses, provinceText: province };
}

/** Reads the target and growth cells of a row (issue 12, reading 3). */
export function readTargetCells(targetRaw: string, growthRaw: string): TargetCells {
  const target = readCell(targetRaw);
  const growth = readCell(growthRaw);
  return {
    targetText: target.text,
    growthText: growth.text,
    clauses: [...target.clauses, ...growth.clauses],
    provinceText: target.provinceText ?? growth.provinceText,
  };
}

/** True when the cells, once the province wording is out, still give a number to judge. */
export function hasProvinceNumber(cells: TargetCells): boolean {
  return (
    cells.provinceText !== null && (isJudgeable(cells.targetText) || isJudgeable(cells.growthText))
  );
}
