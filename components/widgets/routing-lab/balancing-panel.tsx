'use client';

import { LineChart } from '@/components/charts/line-chart';
import { KnobControl } from '@/components/widgets/shared/knob-control';
import { useT } from '@/components/i18n/locale-context';
import { ROUTING_KNOBS, type RoutingParams } from '@/lib/widgets/routing-lab/params';
import { formatWeight } from '@/lib/widgets/routing-lab/format';
import type { Lab } from '@/lib/widgets/routing-lab/lab';
import { expertColor } from '@/lib/viz/palette';

const GAMMA = ROUTING_KNOBS.find((k) => k.key === 'gamma');
const STEPS = ROUTING_KNOBS.find((k) => k.key === 'steps');
const MAX_STEPS = STEPS?.kind === 'int' ? STEPS.max : 500;

/** DeepSeek-V3's bias balancing, stepped by the learner: buttons, the load per step and the loss beside it. */
export function BalancingPanel({
  params,
  lab,
  locked,
  onChange,
}: {
  params: RoutingParams;
  lab: Lab;
  locked: ReadonlySet<string>;
  onChange: (values: Partial<RoutingParams>) => void;
}) {
  const t = useT();
  const history = lab.balancing;
  const first = history?.[0];
  const last = history?.[history.length - 1];
  const steps = params.steps;
  return (
    <section className="panel balancing" aria-labelledby="balancing-title" data-testid="balancing">
      <h2 id="balancing-title">{t('routing.balance.title')}</h2>
      <p>{t('routing.balance.body')}</p>
      {!history || !first || !last ? (
        <p className="widget__status">{t('routing.balance.only')}</p>
      ) : (
        <>
          {!locked.has('steps') ? (
            <div className="widget__bar" role="toolbar" aria-label={t('routing.balance.title')}>
              <button type="button" className="button button--primary" data-testid="bias-step" disabled={steps >= MAX_STEPS} onClick={() => onChange({ steps: steps + 1 })}>
                {t('routing.balance.step')}
              </button>
              <button type="button" className="button" disabled={steps >= MAX_STEPS} onClick={() => onChange({ steps: Math.min(MAX_STEPS, steps + 10) })}>
                {t('routing.balance.step10')}
              </button>
              <button type="button" className="button" disabled={steps === 0} onClick={() => onChange({ steps: 0 })}>
                {t('routing.balance.reset')}
              </button>
            </div>
          ) : null}
          {GAMMA && !locked.has('gamma') ? <KnobControl knob={GAMMA} value={params.gamma} onChange={(v) => onChange({ gamma: v as number })} /> : null}
          <p role="status" className="stat-row" data-testid="balance-stat">
            {t('routing.balance.stat', {
              steps,
              now: formatWeight(last.maxOverMean),
              start: formatWeight(first.maxOverMean),
              loss: formatWeight(last.balanceLoss),
              lossStart: formatWeight(first.balanceLoss),
            })}
          </p>
          <div className="widget__views">
            <LineChart
              title={t('routing.balance.loadChart')}
              summary={last.load.map((l, e) => `${t('routing.balance.expert', { e: e + 1 })} ${l}`).join(t('punct.listSeparator'))}
              series={last.load.map((_, e) => ({
                id: `e${e}`,
                label: t('routing.balance.expert', { e: e + 1 }),
                color: expertColor(e),
                points: history.map((h) => [h.step, h.load[e]] as const),
              }))}
            />
            <LineChart
              title={t('routing.balance.lossChart')}
              summary={`${t('routing.balance.maxMean')} ${formatWeight(last.maxOverMean)}${t('punct.clauseSeparator')}${t('routing.balance.loss')} ${formatWeight(last.balanceLoss)}`}
              series={[
                { id: 'max-mean', label: t('routing.balance.maxMean'), color: '#0072B2', points: history.map((h) => [h.step, h.maxOverMean] as const) },
                { id: 'loss', label: t('routing.balance.loss'), color: '#D55E00', points: history.map((h) => [h.step, h.balanceLoss] as const) },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
