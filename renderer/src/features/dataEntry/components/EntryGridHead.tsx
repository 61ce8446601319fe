type EntryGridHeadProps = {
  /** Base year first, then each year of the period. */
  years: readonly number[];
  /** The year of the verdict column. */
  verdictYear: number;
};

/** Column widths and the sticky header of the entry grid. */
export function EntryGridHead({ years, verdictYear }: EntryGridHeadProps) {
  const baseYear = years[0];
  return (
    <>
      <colgroup>
        <col style={{ width: 64 }} />
        <col style={{ width: 208 }} />
        <col style={{ width: 136 }} />
        {years.map((year) => (
          <col key={year} style={{ width: year === baseYear ? 104 : 80 }} />
        ))}
        {/* Wide enough for 「需人工研判 2021年数据」 on one line (fixed row height). */}
        <col style={{ width: 136 }} />
      </colgroup>
      <thead>
        <tr>
          <th className="entry-category">类别</th>
          <th className="entry-name">指标</th>
          <th>目标</th>
          {years.map((year) => (
            <th key={year} className="entry-year">
              {year === baseYear ? (
                <>
                  {year}年<span className="entry-base-note">（基期，可修订）</span>
                </>
              ) : (
                `${year}年`
              )}
            </th>
          ))}
          <th>{verdictYear}年评估</th>
        </tr>
      </thead>
    </>
  );
}
