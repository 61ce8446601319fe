import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { gridWindow, WINDOW_THRESHOLD, type GridWindow } from '../gridWindow';

/** Row height before one is measured: 30 px cells plus the 1 px border. */
const DEFAULT_ROW_HEIGHT = 31;

/**
 * The drawn window of a grid that scrolls in `gridRef`. The scroll position is only tracked for
 * plans above WINDOW_THRESHOLD rows, so ordinary plans never re-render on scrolling.
 */
export function useGridWindow(
  gridRef: RefObject<HTMLDivElement | null>,
  rowCount: number,
): { window: GridWindow; onScroll: () => void; rowHeight: number } {
  const isWindowed = rowCount > WINDOW_THRESHOLD;
  const [view, setView] = useState({ scrollTop: 0, height: 800 });
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const measure = useCallback(() => {
    const grid = gridRef.current;
    if (!grid) return;
    setView({ scrollTop: grid.scrollTop, height: grid.clientHeight });
    const row = grid.querySelector<HTMLElement>('tbody tr:not(.entry-spacer)');
    const height = row?.getBoundingClientRect().height;
    if (height && height > 0) setRowHeight(height);
  }, [gridRef]);
  useLayoutEffect(() => {
    if (isWindowed) measure();
  }, [isWindowed, measure]);
  const onScroll = useCallback(() => {
    if (isWindowed) measure();
  }, [isWindowed, measure]);
  return { window: gridWindow(rowCount, { ...view, rowHeight }), onScroll, rowHeight };
}
