'use client';

import { type MessageKey } from '@/lib/i18n';
import { useT } from '@/components/i18n/locale-context';
import type { ParameterCount } from '@/lib/math';
import { formatCount } from '@/lib/widgets/routing-lab/format';

const ROWS: ReadonlyArray<{ label: MessageKey; stored: keyof ParameterCount; used: keyof ParameterCount }> = [
  { label: 'routing.calc.row.embeddings', stored: 'embeddings', used: 'embeddings' },
  { label: 'routing.calc.row.attention', stored: 'attention', used: 'attention' },
  { label: 'routing.calc.row.denseFfn', stored: 'denseFfn', used: 'denseFfn' },
  { label: 'routing.calc.row.experts', stored: 'routedExperts', used: 'activeRoutedExperts' },
  { label: 'routing.calc.row.sharedExperts', stored: 'sharedExperts', used: 'sharedExperts' },
  { label: 'routing.calc.row.router', stored: 'router', used: 'router' },
];

// Exact figure on hover/focus for learners who want every digit.
function Cell({ n, testId }: { n: number; testId?: string }) {
  return (
    <td title={n.toLocaleString('en')} data-testid={testId}>
      {formatCount(n)}
    </td>
  );
}

/** Stored vs per-token parameters by part, with the totals. */
export function CalculatorBreakdown({ count }: { count: ParameterCount }) {
  const t = useT();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('routing.calc.breakdown')}>
      <table className="data-table calc-table">
        <thead>
          <tr>
            <th scope="col">{t('routing.calc.part')}</th>
            <th scope="col">{t('routing.calc.stored')}</th>
            <th scope="col">{t('routing.calc.perToken')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{t(row.label)}</th>
              <Cell n={count[row.stored]} />
              <Cell n={count[row.used]} />
            </tr>
          ))}
          <tr className="calc-table__total">
            <th scope="row">
              {t('routing.calc.total')} / {t('routing.calc.active')}
            </th>
            <Cell n={count.total} testId="calc-total" />
            <Cell n={count.active} testId="calc-active" />
          </tr>
          <tr>
            <th scope="row">{t('routing.calc.row.lookup')}</th>
            <td />
            <Cell n={count.activeWithoutLookup} testId="calc-lookup" />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
