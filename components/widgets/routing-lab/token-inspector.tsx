'use client';

import { useT } from '@/components/i18n/locale-context';
import type { RoutingParams } from '@/lib/widgets/routing-lab/params';
import { cumulativeByRank } from '@/lib/widgets/routing-lab/cumulative';
import { formatWeight } from '@/lib/widgets/routing-lab/format';
import type { Lab } from '@/lib/widgets/routing-lab/lab';
import type { RoutingMode, RoutingResult } from '@/lib/widgets/routing-lab/route';
import { expertColor } from '@/lib/viz/palette';

/** Why token `token` has (or lacks) expert `e`: picked, kept in which slot, dropped behind whom, or not chosen. */
type Translate = ReturnType<typeof useT>;

function status(r: RoutingResult, tokens: readonly string[], token: number, e: number, mode: RoutingMode, t: Translate): string {
  const j = r.indices[token].indexOf(e);
  if (j < 0) return t('routing.inspect.notChosen');
  if (mode === 'expert-choice') return t('routing.inspect.picked', { rank: r.buffers[e].findIndex((a) => a.token === token) + 1 });
  const keptInBuffer = r.buffers[e].filter((a) => a.kept);
  if (r.kept[token][j]) {
    if (r.capacity === null) return t('routing.inspect.keptFree');
    return t('routing.inspect.kept', { slot: keptInBuffer.findIndex((a) => a.token === token) + 1 });
  }
  const holders = keptInBuffer.map((a) => `${a.token + 1} ${tokens[a.token]}`).join(', ');
  return t('routing.inspect.dropped', { e: e + 1, c: r.capacity ?? 0, holders });
}

/** Every intermediate value for the selected token: logits, noise, probabilities, bias, choice, gate, fate. */
export function TokenInspector({ index, lab, params }: { index: number; lab: Lab; params: RoutingParams }) {
  const t = useT();
  const { result: r, tokens, logits } = lab;
  const bias = params.mode === 'top-k' && params.steps > 0 ? lab.balancing?.[lab.balancing.length - 1].bias : undefined;
  const { order, cumulative } = cumulativeByRank(r.probs[index]);
  const topP = params.mode === 'top-p';
  return (
    <section className="panel token-inspector" data-testid="inspector">
      <h2>{t('routing.inspect.title', { index: index + 1, token: tokens[index] })}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('routing.inspect.title', { index: index + 1, token: tokens[index] })}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('routing.inspect.rank')}</th>
              <th scope="col">{t('routing.inspect.expert')}</th>
              <th scope="col">{t('routing.inspect.logit')}</th>
              {r.noise ? <th scope="col">{t('routing.inspect.std')}</th> : null}
              {r.noise ? <th scope="col">{t('routing.inspect.noisy')}</th> : null}
              <th scope="col">{t('routing.inspect.prob')}</th>
              {topP ? <th scope="col">{t('routing.inspect.cumulative')}</th> : null}
              {bias ? <th scope="col">{t('routing.inspect.bias')}</th> : null}
              <th scope="col">{t('routing.inspect.gate')}</th>
              <th scope="col">{t('routing.inspect.status')}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((e, rank) => {
              const chosen = r.indices[index].indexOf(e);
              return (
                <tr key={e} data-chosen={chosen >= 0 || undefined}>
                  <td>{rank + 1}</td>
                  <th scope="row">
                    <span className="chart__swatch" style={{ background: expertColor(e) }} aria-hidden="true" />E{e + 1}
                  </th>
                  <td>{formatWeight(logits[index][e])}</td>
                  {r.noise ? <td>{formatWeight(r.noise.std[index][e])}</td> : null}
                  {r.noise ? <td>{formatWeight(r.noise.logits[index][e])}</td> : null}
                  <td>{formatWeight(r.probs[index][e])}</td>
                  {topP ? <td>{formatWeight(cumulative[rank])}</td> : null}
                  {bias ? <td>{formatWeight(bias[e])}</td> : null}
                  <td>{chosen >= 0 ? formatWeight(r.weights[index][e]) : '—'}</td>
                  <td>
                    {chosen >= 0 && params.mode !== 'expert-choice' ? `${t('routing.inspect.choice', { rank: chosen + 1 })}${t('punct.colon')}` : ''}
                    {status(r, tokens, index, e, params.mode, t)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {params.mode === 'expert-choice' && r.indices[index].length === 0 ? <p>{t('routing.inspect.none')}</p> : null}
      {params.shared > 0 ? <p>{t('routing.inspect.shared')}</p> : null}
    </section>
  );
}
