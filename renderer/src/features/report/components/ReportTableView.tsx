import type { ReportTable } from '../../../../../shared/report/reportDocument';
import { mergeDownCells } from '../../../components/mergeDownCells';

/**
 * 附表 主要指标进展情况表 as it will print: a two-row header where columns share a group
 * (各年实际值), and category cells merged down their rows.
 */
export function ReportTableView({ table, label }: { table: ReportTable; label: string }) {
  const categoryCell = mergeDownCells(table.rows, (row) => row.category);
  return (
    <section className="report-appendix">
      <p className="report-appendix-label">{label}</p>
      <h2 className="report-appendix-title">{table.title}</h2>
      <table className="report-table">
        <thead>
          <HeaderRows table={table} />
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={row.indicatorId} className={row.isOverridden ? 'is-overridden' : undefined}>
              {row.cells.map((cell, column) => {
                const isCategory = table.columns[column]?.key === 'category';
                const rowSpan = isCategory ? categoryCell(row, rowIndex).rowSpan : undefined;
                if (rowSpan === 0) return null;
                return (
                  <td
                    key={table.columns[column]?.key ?? column}
                    rowSpan={rowSpan}
                    className={cell.format === 'text' ? undefined : 'is-number'}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {/* 「注：1. …」, then 「2. …」 under it, numbered as in Word and Excel (issue 15 item 12). */}
      {table.notes.map((note, index) => (
        <p key={note} className="report-table-note">
          <span className="report-table-note-lead">{index === 0 ? '注：' : ''}</span>
          {index + 1}. {note}
        </p>
      ))}
    </section>
  );
}

function HeaderRows({ table }: { table: ReportTable }) {
  const hasGroups = table.columns.some((column) => column.group !== null);
  const upper: { label: string; span: number; rowSpan: number }[] = [];
  for (const column of table.columns) {
    const last = upper.at(-1);
    if (column.group !== null && last?.label === column.group) last.span += 1;
    else if (column.group !== null) upper.push({ label: column.group, span: 1, rowSpan: 1 });
    else upper.push({ label: column.label, span: 1, rowSpan: hasGroups ? 2 : 1 });
  }
  return (
    <>
      <tr>
        {upper.map((cell, index) => (
          <th key={index} colSpan={cell.span} rowSpan={cell.rowSpan}>
            {cell.label}
          </th>
        ))}
      </tr>
      {hasGroups ? (
        <tr>
          {table.columns
            .filter((column) => column.group !== null)
            .map((column) => (
              <th key={column.key}>{column.label}</th>
            ))}
        </tr>
      ) : null}
    </>
  );
}
