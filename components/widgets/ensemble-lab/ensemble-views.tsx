'use client';

import { useMemo } from 'react';
import { GridCanvas } from '@/components/charts/grid-canvas';
import { LineChart } from '@/components/charts/line-chart';
import { PinnedView } from '@/components/widgets/shared/pinned-view';
import type { EnsembleResult } from '@/lib/widgets/ensemble-lab/protocol';
import type { LabView } from '@/lib/widgets/ensemble-lab/view';
import { useT } from '@/components/i18n/locale-context';
import type { Dataset } from '@/lib/data/datasets';
import { CLASS_COLORS, EXPERT_COLORS } from '@/lib/viz/palette';
import { ProbeTable } from './probe-table';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const COMBINER_COLORS = { hard: '#D55E00', soft: '#0072B2', weighted: '#009E73', stacking: '#CC79A7' } as const;

/** Training points as canvas dots, with their classes. */
export function usePoints(set: Dataset) {
  return useMemo(() => ({ points: set.points.map((p) => [p[0], p[1]] as const), labels: Uint8Array.from(set.labels) }), [set]);
}

/** Members as small multiples, the combined boundary, accuracy vs M, the variance formula, OOB, folds and probes. */
export function EnsembleViews(props: { view: LabView; result: EnsembleResult; data: { train: Dataset; test: Dataset }; boostRounds: number; requested: number }) {
  const t = useT();
  const { view, result, data, boostRounds, requested } = props;
  const test = usePoints(data.test);
  const train = usePoints(data.train);
  const folds = useMemo(() => Uint8Array.from(result.folds), [result.folds]);
  const combinerName = t(`ens.combiner.${view.combiner}`);
  const memberMean = view.memberAccuracies.reduce((a, b) => a + b, 0) / view.memberAccuracies.length;
  const curveSeries = (['hard', 'soft', 'weighted', 'stacking'] as const).map((c) => ({
    id: c,
    label: t(`ens.combiner.${c}`),
    color: COMBINER_COLORS[c],
    points: view.curves[c].map((a, i) => [i + 1, a] as const),
  }));
  const v = view.variance;
  return (
    <div className="ensemble-lab__views widget__unwrap">
      <p className="stat-row" aria-live="off">
        <span>
          {t('ens.stat.accuracy', { combiner: combinerName, members: view.members })}{t('punct.colon')}<b data-testid="combined-accuracy">{pct(view.accuracy)}</b>
        </span>
        <span>
          {t('ens.stat.memberMean')}{t('punct.colon')}<b data-testid="member-mean">{pct(memberMean)}</b>
        </span>
        {view.oob ? (
          <span title={t('ens.stat.oobDetail', { covered: view.oob.covered, points: result.trainPoints })}>
            {t('ens.stat.oob')}{t('punct.colon')}<b data-testid="oob">{pct(view.oob.accuracy)}</b>{t('punct.openParen')}{t('ens.stat.oobDetail', { covered: view.oob.covered, points: result.trainPoints })}{t('punct.closeParen')}
          </span>
        ) : null}
      </p>
      {view.method === 'boosting' && boostRounds < requested ? (
        <p className="notice" role="status" data-testid="boost-stopped">
          {t('ens.boostStopped', { rounds: boostRounds, chance: (1 - 1 / result.numClasses).toFixed(2) })}
        </p>
      ) : null}
      <div className="widget__views widget__unwrap">
        <section className="panel ensemble-lab__members">
          <h3>{t('ens.view.members')}</h3>
          <ol className="ensemble-lab__multiples" data-testid="member-multiples">
            {view.memberGrids.map((grid, m) => {
              const label = t('ens.view.member', { m: m + 1, accuracy: pct(view.memberAccuracies[m]), weight: view.weights[m].toFixed(2) });
              return (
                <li key={m}>
                  <GridCanvas label={label} cells={grid} size={result.gridSize} colors={CLASS_COLORS} opacity={0.6} />
                  <span className="ensemble-lab__caption" aria-hidden="true">
                    {m + 1}: {pct(view.memberAccuracies[m])}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
        <PinnedView>
          <section className="panel">
            <h3>{t('ens.view.combined', { combiner: combinerName })}</h3>
            <GridCanvas
              label={`${t('ens.view.combined', { combiner: combinerName })}${t('punct.colon')}${t('ens.stat.accuracy', { combiner: combinerName, members: view.members })} ${pct(view.accuracy)}`}
              cells={view.combined}
              size={result.gridSize}
              colors={CLASS_COLORS}
              points={test.points}
              pointColors={test.labels}
            />
          </section>
        </PinnedView>
        <section className="panel">
          <LineChart
            title={t('ens.view.curve')}
            xLabel="M"
            summary={curveSeries.map((s) => `${s.label}${t('punct.colon')}${s.points.map(([m, a]) => `M=${m} ${pct(a)}`).join(t('punct.listSeparator'))}`).join(t('punct.sentenceEnd'))}
            series={curveSeries}
          />
        </section>
        <section className="panel" data-testid="variance">
          <h3>{t('ens.view.variance')}</h3>
          {v ? (
            <>
              <p className="ensemble-lab__formula" data-testid="variance-formula" data-rho={v.rho} data-sigma2={v.sigma2} data-formula={v.formula} data-measured={v.measured}>
                ρσ² + (1 − ρ)σ²/M = {v.rho.toFixed(3)} × {v.sigma2.toFixed(4)} + (1 − {v.rho.toFixed(3)}) × {v.sigma2.toFixed(4)} / {view.members} ={' '}
                <b>{v.formula.toFixed(4)}</b>
              </p>
              <div className="table-scroll">
                <table>
                  <tbody>
                    <tr>
                      <th scope="row">{t('ens.variance.rho')}</th>
                      <td>{v.rho.toFixed(3)}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('ens.variance.sigma2')}</th>
                      <td>{v.sigma2.toFixed(4)}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('ens.variance.formula', { members: view.members })}</th>
                      <td>{v.formula.toFixed(4)}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('ens.variance.measured')}</th>
                      <td>{v.measured.toFixed(4)}</td>
                    </tr>
                    <tr>
                      <th scope="row">{t('ens.variance.floor')}</th>
                      <td>{(v.rho * v.sigma2).toFixed(4)}</td>
                    </tr>
                  </tbody>
                </table>
              </div>
              <p className="ensemble-lab__note">{t('ens.view.varianceNote')}</p>
            </>
          ) : (
            <p>{t('ens.view.varianceNone')}</p>
          )}
        </section>
        <section className="panel" data-testid="folds">
          <h3>{t('ens.view.folds')}</h3>
          <GridCanvas
            label={`${t('ens.view.folds')}${t('punct.colon')}${view.foldSizes.map((size, f) => t('ens.view.foldSize', { fold: f + 1, size })).join(t('punct.clauseSeparator'))}`}
            cells={null}
            size={result.gridSize}
            colors={EXPERT_COLORS}
            points={train.points}
            pointColors={folds}
          />
          <ul className="chart__legend">
            {view.foldSizes.map((size, f) => (
              <li key={f}>
                <span className="chart__swatch" style={{ background: EXPERT_COLORS[f] }} aria-hidden="true" />
                {t('ens.view.foldSize', { fold: f + 1, size })}
              </li>
            ))}
          </ul>
          <p className="ensemble-lab__note">{t('ens.view.foldsNote', { folds: view.foldSizes.length })}</p>
        </section>
      </div>
      <p className="ensemble-lab__note">
        {t('ens.view.weights', { what: t(view.method === 'bagging' ? 'ens.view.weightsBagging' : 'ens.view.weightsBoosting') })}
      </p>
      <ProbeTable view={view} />
    </div>
  );
}
