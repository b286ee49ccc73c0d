'use client';

import { useT } from '@/components/i18n/locale-context';
import type { RoutingParams } from '@/lib/widgets/routing-lab/params';
import { formatWeight } from '@/lib/widgets/routing-lab/format';
import type { Lab } from '@/lib/widgets/routing-lab/lab';

/** The formulas in force, with the learner's numbers substituted, and the pass's counts. */
export function RoutingSummary({ params: p, lab }: { params: RoutingParams; lab: Lab }) {
  const t = useT();
  const { result: r, tokens } = lab;
  const T = tokens.length;
  const vars = { cf: p.capacity || 1, t: T, k: p.k, n: p.experts, c: r.requestedCapacity ?? '' };
  const lines: string[] = [];
  if (p.mode === 'top-k') {
    if (r.capacity === null) lines.push(t('routing.formula.dropless'));
    else {
      lines.push(t('routing.formula.capacity', vars));
      if (r.capacity > T) lines.push(t('routing.formula.capped', { shown: T }));
      lines.push(t('routing.formula.priority'));
    }
    lines.push(t(p.renorm ? 'routing.formula.renorm' : 'routing.formula.raw'));
  } else if (p.mode === 'top-p') {
    lines.push(t('routing.formula.topP', { p: p.p }), t(p.renorm ? 'routing.formula.renorm' : 'routing.formula.raw'));
  } else {
    lines.push(t('routing.formula.expertChoice', vars));
    if (r.capacity !== r.requestedCapacity) lines.push(t('routing.formula.ecCapped', { t: T }));
    lines.push(t('routing.formula.ecGate'));
  }
  if (p.shared > 0) lines.push(t('routing.formula.shared', { s: p.shared }));
  if (p.noise) lines.push(t('routing.formula.noise'));
  const assignments = r.indices.flat().length;
  const unrouted = r.indices.filter((row) => row.length === 0).length;
  return (
    <section className="panel routing-summary" data-testid="routing-summary">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="stat-row">
        <span>
          {t('routing.stat.tokens')} <b>{T}</b>
        </span>
        <span>
          {t('routing.stat.assignments')} <b>{assignments}</b>
        </span>
        {r.capacity !== null ? (
          <span>
            {t('routing.stat.capacity')} <b data-testid="capacity">{r.capacity}</b>
          </span>
        ) : null}
        <span>
          {t('routing.stat.kept')} <b>{assignments - r.dropped}</b>
        </span>
        <span>
          {t('routing.stat.dropped')} <b data-testid="dropped">{r.dropped}</b>
        </span>
        {p.mode === 'expert-choice' ? (
          <span>
            {t('routing.stat.noExpert')} <b data-testid="unrouted">{unrouted}</b>
          </span>
        ) : null}
        {r.balanceLoss !== null ? (
          <span>
            {t('routing.stat.lbLoss')} <b data-testid="lb-loss">{formatWeight(r.balanceLoss)}</b>
          </span>
        ) : null}
      </p>
    </section>
  );
}
