'use client';

import { useT } from '@/components/i18n/locale-context';
import { formatWeight } from '@/lib/widgets/routing-lab/format';
import type { RoutingMode, RoutingResult } from '@/lib/widgets/routing-lab/route';

/** Text alternative of the diagram: every assignment with its choice, gate and fate. */
export function AssignmentsTable({ tokens, result: r, mode }: { tokens: readonly string[]; result: RoutingResult; mode: RoutingMode }) {
  const t = useT();
  const rows = r.indices.flatMap((experts, token) =>
    experts.map((e, j) => ({
      token,
      expert: e,
      // expert choice ranks tokens per expert; token choice ranks experts per token
      choice: mode === 'expert-choice' ? r.buffers[e].findIndex((a) => a.token === token) + 1 : j + 1,
      gate: r.weights[token][e],
      kept: r.kept[token][j],
    })),
  );
  return (
    <details className="panel assignments">
      <summary>{t('routing.table.summary', { count: rows.length })}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('routing.table.summary', { count: rows.length })}>
        <table className="data-table" data-testid="assignments">
          <thead>
            <tr>
              <th scope="col">{t('routing.table.index')}</th>
              <th scope="col">{t('routing.table.token')}</th>
              <th scope="col">{t('routing.table.expert')}</th>
              <th scope="col">{t('routing.table.choice')}</th>
              <th scope="col">{t('routing.table.gate')}</th>
              <th scope="col">{t('routing.table.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.token}-${row.expert}`} data-testid="assignment">
                <td>{row.token + 1}</td>
                <td>{tokens[row.token]}</td>
                <td>E{row.expert + 1}</td>
                <td>{row.choice}</td>
                <td>{formatWeight(row.gate)}</td>
                <td>{row.kept ? t('routing.table.kept') : <s>{t('routing.table.dropped')}</s>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
