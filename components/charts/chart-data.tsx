'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-context';

type Cell = string | number | null;

/**
 * A chart's numbers as a table, behind a disclosure: the text alternative for people who cannot
 * see the chart (or want exact values). Rows are built only while it is open, since charts of
 * a training run re-render several times a second.
 */
export function ChartData({ caption, head, rows }: { caption: string; head: readonly string[]; rows: () => Cell[][] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="chart__data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('chart.showData')}</summary>
      {open ? (
        <div className="chart__table-scroll" tabIndex={0}>
          <table className="chart__table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{formatCell(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}

function formatCell(cell: Cell): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  if (!Number.isFinite(cell)) return String(cell);
  return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(4)));
}
