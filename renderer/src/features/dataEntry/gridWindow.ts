/**
 * Which rows of the entry grid are drawn. Plans of ordinary size (up to WINDOW_THRESHOLD rows) are
 * drawn whole; a very large plan (2,000 indicators from a template import) draws only the rows in
 * view plus a margin, so redrawing after a 10,000-value import takes milliseconds, not a second.
 * Rows have a fixed height (the grid does not wrap), which makes the window a simple division.
 */

/** Above this many rows the grid draws a window of them. */
export const WINDOW_THRESHOLD = 600;
/** Rows drawn above and below the visible ones, so scrolling shows no gaps. */
export const WINDOW_OVERSCAN = 40;

/** The rows to draw: [start, end), and the empty height above and below them. */
export type GridWindow = {
  readonly start: number;
  readonly end: number;
  readonly padTop: number;
  readonly padBottom: number;
};

/** The window for a scroll position; every row when the plan is small. */
export function gridWindow(
  rowCount: number,
  view: { readonly scrollTop: number; readonly height: number; readonly rowHeight: number },
): GridWindow {
  if (rowCount <= WINDOW_THRESHOLD) return { start: 0, end: rowCount, padTop: 0, padBottom: 0 };
  const first = Math.floor(view.scrollTop / view.rowHeight);
  const visible = Math.ceil(view.height / view.rowHeight);
  const start = Math.max(0, Math.min(rowCount, first - WINDOW_OVERSCAN));
  const end = Math.min(rowCount, Math.max(start, first + visible + WINDOW_OVERSCAN));
  return {
    start,
    end,
    padTop: start * view.rowHeight,
    padBottom: (rowCount - end) * view.rowHeight,
  };
}

/**
 * The category cell's row span for each drawn row: a run of one category is merged down as far as
 * the window goes, and a run cut by the window's top starts again on its first drawn row.
 */
export function windowCategorySpans(
  categories: readonly string[],
  window: Pick<GridWindow, 'start' | 'end'>,
): number[] {
  const spans: number[] = [];
  for (let index = window.start; index < window.end; index += 1) {
    const category = categories[index];
    if (index > window.start && categories[index - 1] === category) {
      spans.push(0);
      continue;
    }
    let span = 1;
    while (index + span < window.end && categories[index + span] === category) span += 1;
    spans.push(span);
  }
  return spans;
}
