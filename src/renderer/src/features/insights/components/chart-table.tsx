// A chart's text alternative: the same numbers as a table in a <details>, built only once opened (a year is 365 rows).
import { useState, type ReactNode } from 'react';

export interface ChartTableColumn {
  label: string;
  numeric?: boolean;
}

export function ChartTable({
  summary,
  caption,
  columns,
  rows,
  note,
}: {
  summary: string;
  caption: string;
  columns: readonly ChartTableColumn[];
  /** The first cell of each row names it (a day or a week). */
  rows: readonly (readonly ReactNode[])[];
  note?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="insights-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {note ? <p className="muted">{note}</p> : null}
      {open ? (
        rows.length === 0 ? (
          <p className="muted">No data in this range yet.</p>
        ) : (
          // Focusable so the table scrolls by keyboard too.
          <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <table>
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column.label} scope="col" className={column.numeric ? 'num' : undefined}>
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row">
                          {cell}
                        </th>
                      ) : (
                        <td key={j} className={columns[j]?.numeric ? 'num' : undefined}>
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </details>
  );
}
