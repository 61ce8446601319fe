import type { ReportListTable } from '../../../../../shared/report/reportDocument';

/** 附表2 整改任务分工表 as it will print: one header row, long texts left-aligned. */
export function ReportListTableView({ table, label }: { table: ReportListTable; label: string }) {
  return (
    <section className="report-appendix">
      <p className="report-appendix-label">{label}</p>
      <h2 className="report-appendix-title">{table.title}</h2>
      <table className="report-table report-list-table">
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key}>{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((text, index) => (
                <td key={table.columns[index]?.key ?? index}>{text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
