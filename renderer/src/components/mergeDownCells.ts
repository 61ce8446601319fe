/**
 * antd `onCell` that merges equal values down a column, as the documents print a category once
 * for its group (UX.md「Excel」, DOMAIN.md「The main indicator table」).
 */
export function mergeDownCells<T>(rows: readonly T[], keyOf: (row: T) => string) {
  return (row: T, index?: number) => {
    const at = index ?? 0;
    const key = keyOf(row);
    const previous = rows[at - 1];
    if (at > 0 && previous !== undefined && keyOf(previous) === key) return { rowSpan: 0 };
    let span = 1;
    for (
      let next = rows[at + span];
      next !== undefined && keyOf(next) === key;
      next = rows[at + span]
    ) {
      span += 1;
    }
    return { rowSpan: span };
  };
}
