/** Where in the input a problem was found: file, sheet, row (line), column and the cell text. */
export type SourceLocation = {
  readonly file?: string;
  readonly sheet?: string;
  /** 1-based line of a text, or row of a sheet. */
  readonly line?: number;
  /** Column name or letter. */
  readonly column?: string;
  readonly cellText?: string;
};

/** An expected failure, in Chinese, with where it happened. */
export type Problem = {
  readonly message: string;
  readonly location?: SourceLocation;
};

/** Result of a parser or importer: expected failures are values, not exceptions (STYLE.md). */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly error: Problem };

/** Builds a success. */
export function ok<T>(value: T, warnings: readonly Problem[] = []): Result<T> {
  return { ok: true, value, warnings };
}

/** Builds a failure. */
export function fail<T = never>(message: string, location?: SourceLocation): Result<T> {
  return location ? { ok: false, error: { message, location } } : { ok: false, error: { message } };
}

/** Formats a location in Chinese: 「文件 a.xlsx，工作表 Sheet1，第 3 行，「指标」列，单元格内容「abc」」. */
export function describeLocation(location: SourceLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(`文件「${location.file}」`);
  if (location.sheet) parts.push(`工作表「${location.sheet}」`);
  if (location.line !== undefined) parts.push(`第 ${location.line} 行`);
  if (location.column) parts.push(`「${location.column}」列`);
  if (location.cellText !== undefined) parts.push(`内容「${quoteCell(location.cellText)}」`);
  return parts.join('，');
}

/** Most characters of a cell quoted in a message: a 10 MB cell must not make a 20 MB message. */
export const MAX_QUOTED_CELL = 40;

/** The cell text, cut to MAX_QUOTED_CELL characters with its length said when longer. */
function quoteCell(text: string): string {
  const characters = Array.from(text.slice(0, MAX_QUOTED_CELL * 2));
  if (characters.length <= MAX_QUOTED_CELL && text.length <= MAX_QUOTED_CELL * 2) return text;
  return `${characters.slice(0, MAX_QUOTED_CELL).join('')}…（共 ${text.length} 个字符）`;
}

/** Formats a problem as one Chinese sentence with its location. */
export function formatProblem(problem: Problem): string {
  return problem.location
    ? `${describeLocation(problem.location)}：${problem.message}`
    : problem.message;
}
