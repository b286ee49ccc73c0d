'use client';

import { BarChart } from '@/components/charts/bar-chart';
import { GridCanvas } from '@/components/charts/grid-canvas';
import type { EnsembleResult } from '@/lib/widgets/ensemble-lab/protocol';
import type { LabView } from '@/lib/widgets/ensemble-lab/view';
import { type MessageKey } from '@/lib/i18n';
import { useT } from '@/components/i18n/locale-context';
import type { Dataset } from '@/lib/data/datasets';
import { CLASS_COLORS, EXPERT_COLORS } from '@/lib/viz/palette';
import { usePoints } from './ensemble-views';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const DIFFERENCES: readonly MessageKey[] = ['ens.diff.1', 'ens.diff.2', 'ens.diff.3', 'ens.diff.4', 'ens.diff.5'];

/** The same N experts as an ensemble (all run, fixed weights) and as an MoE (top-K per input, trained jointly). */
export function MoeVsEnsemble({ view, result, data }: { view: LabView; result: EnsembleResult; data: { train: Dataset; test: Dataset } }) {
  const t = useT();
  const { experts: n, k, ensembleAccuracy, moeAccuracy, ensembleEvals, moeEvals } = view.compare;
  const { expertCost, routerCost, load } = result.moe;
  const test = usePoints(data.test);
  const labels = load.map((_, e) => String(e + 1));
  const colors = load.map((_, e) => EXPERT_COLORS[e % EXPERT_COLORS.length]);
  return (
    <section
      className="ensemble-lab__compare"
      aria-labelledby="ens-compare-title"
      data-testid="compare"
      data-experts={n}
      data-k={k}
      data-ensemble-evals={ensembleEvals}
      data-moe-evals={moeEvals}
      data-ensemble-accuracy={ensembleAccuracy}
      data-moe-accuracy={moeAccuracy}
      data-moe-load={JSON.stringify(load)}
    >
      <h3 id="ens-compare-title">{t('ens.compare.title', { n })}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('ens.compare.ensemble', { n })}</th>
              <th scope="col">{t('ens.compare.moe', { k })}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('ens.compare.accuracy')}</th>
              <td>{pct(ensembleAccuracy)}</td>
              <td>{pct(moeAccuracy)}</td>
            </tr>
            <tr>
              <th scope="row">{t('ens.compare.evals')}</th>
              <td data-testid="ensemble-evals">{ensembleEvals}</td>
              <td data-testid="moe-evals">{moeEvals}</td>
            </tr>
            <tr>
              <th scope="row">{t('ens.compare.cost')}</th>
              <td>
                {ensembleEvals} × {expertCost} = {ensembleEvals * expertCost}
              </td>
              <td>
                {moeEvals} × {expertCost} + {routerCost} = {moeEvals * expertCost + routerCost}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p data-testid="compute-ratio">{t('ens.compare.ratio', { k: moeEvals, n: ensembleEvals, ratio: ((100 * moeEvals) / ensembleEvals).toFixed(1), router: routerCost })}</p>
      <h4>{t('ens.compare.where')}</h4>
      <div className="widget__views">
        <section className="panel">
          <BarChart
            title={t('ens.compare.everywhere')}
            values={load.map(() => 1)}
            colors={colors}
            labels={labels}
            max={1}
            summary={labels.map((l) => t('chart.expertShare', { expert: l, share: '100%' })).join(t('punct.listSeparator'))}
          />
        </section>
        <section className="panel">
          <h5>{t('ens.compare.moeMap')}</h5>
          <GridCanvas
            label={`${t('ens.compare.moeMap')}${t('punct.sentenceEnd')}${load.map((s, e) => t('ens.compare.expertShare', { expert: e + 1, share: pct(s) })).join(t('punct.clauseSeparator'))}`}
            cells={result.moe.expertGrid}
            size={result.gridSize}
            colors={EXPERT_COLORS}
            opacity={0.85}
          />
          <ul className="chart__legend" aria-label={t('chart.expertColours')}>
            {labels.map((l, e) => (
              <li key={e}>
                <span className="chart__swatch" style={{ background: colors[e] }} aria-hidden="true" />
                {l}
              </li>
            ))}
          </ul>
        </section>
        <section className="panel">
          <BarChart
            title={t('ens.compare.moeLoad')}
            values={load}
            colors={colors}
            labels={labels}
            reference={1 / load.length}
            referenceLabel="1/N"
            max={Math.min(1, Math.max(2 / load.length, ...load) * 1.15)}
            summary={load.map((s, e) => t('chart.expertShare', { expert: e + 1, share: pct(s) })).join(t('punct.listSeparator'))}
          />
        </section>
        <section className="panel">
          <h5>{t('ens.compare.moeBoundary')}</h5>
          <GridCanvas
            label={`${t('ens.compare.moeBoundary')}${t('punct.colon')}${t('ens.compare.accuracy')} ${pct(moeAccuracy)}`}
            cells={result.moe.classGrid}
            size={result.gridSize}
            colors={CLASS_COLORS}
            points={test.points}
            pointColors={test.labels}
          />
        </section>
      </div>
      <h4>{t('ens.diff.title')}</h4>
      <ol className="ensemble-lab__differences" data-testid="differences">
        {DIFFERENCES.map((key) => (
          <li key={key}>{t(key, { n: ensembleEvals, k: moeEvals })}</li>
        ))}
      </ol>
      <p className="ensemble-lab__note">{t('ens.diff.closest')}</p>
    </section>
  );
}
