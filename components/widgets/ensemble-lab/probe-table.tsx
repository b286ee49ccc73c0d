'use client';

import { COMBINERS } from '@/lib/widgets/ensemble-lab/options';
import type { LabView } from '@/lib/widgets/ensemble-lab/view';
import { argmax } from '@/lib/math';
import { useT } from '@/components/i18n/locale-context';

const probs = (p: readonly number[]) => `(${p.map((v) => v.toFixed(3)).join(', ')})`;

/**
 * Every shown member's probabilities on the first test points and each combiner's result. The
 * numbers are also in data-* attributes (full precision) so a test can recompute the combiners.
 */
export function ProbeTable({ view }: { view: LabView }) {
  const t = useT();
  const { probes } = view;
  return (
    <section
      className="panel ensemble-lab__probes"
      data-testid="probe-table"
      data-member-probs={JSON.stringify(probes.memberProbs)}
      data-weights={JSON.stringify(view.weights)}
      data-meta={JSON.stringify(view.meta.weights)}
      data-combined={JSON.stringify(probes.combined)}
    >
      <h3>{t('ens.view.probes')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ens.view.probes')}>
        <table>
          <thead>
            <tr>
              <th scope="col">M</th>
              {probes.points.map((p, i) => (
                <th scope="col" key={i}>
                  {t('ens.view.probe', { i: i + 1, x: p[0].toFixed(2), y: p[1].toFixed(2), label: probes.labels[i] })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {probes.memberProbs.map((member, m) => (
              <tr key={m}>
                <th scope="row">{m + 1}</th>
                {member.map((p, i) => (
                  <td key={i}>
                    {probs(p)} → {argmax(p)}
                  </td>
                ))}
              </tr>
            ))}
            {COMBINERS.map((c) => {
              const combined = probes.combined[c];
              return (
                <tr key={c} className="ensemble-lab__combined-row" data-combiner={c}>
                  <th scope="row">{t(`ens.combiner.${c}`)}</th>
                  {combined.labels.map((label, i) => (
                    <td key={i} data-testid={`probe-${c}-${i}`}>
                      {combined.probs ? `${probs(combined.probs[i])} → ` : ''}
                      <b>{label}</b>
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="ensemble-lab__note">{t('ens.view.probesNote')}</p>
    </section>
  );
}
