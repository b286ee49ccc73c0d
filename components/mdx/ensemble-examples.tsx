import { argmax, ensembleVariance, hardVote, softVote, weightedAverage } from '@/lib/math';
import { formatNumber, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { computeFor, ensure, texVector } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * Variance of the average of M predictors with variance σ² and pairwise correlation ρ,
 * ρσ² + (1 − ρ)σ²/M (lib/math ensembleVariance), for each M in `members`, and its limit ρσ² as M grows.
 */
export function VarianceExample({ rho, sigma, members }: { rho: number; sigma: number; members: number[] }) {
  const r = computeFor('VarianceExample', () => {
    ensure(Number.isFinite(rho) && rho >= 0 && rho <= 1, `rho must be in [0, 1], got ${rho}`);
    ensure(Number.isFinite(sigma) && sigma > 0, `sigma must be > 0, got ${sigma}`);
    ensure(members.length > 0, 'members must list at least one ensemble size');
    members.forEach((m, i) => ensure(Number.isInteger(m) && m >= 1, `members[${i}] must be an integer ≥ 1, got ${m}`));
    const s2 = sigma * sigma;
    return { s2, rows: members.map((m) => ({ m, v: ensembleVariance(rho, s2, m) })), floor: rho * s2 };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="variance-example">
      <Tex
        display
        expression={`\\operatorname{Var}\\Big(\\frac1M\\sum_{m=1}^{M} f_m\\Big) = \\rho\\sigma^2 + \\frac{1-\\rho}{M}\\sigma^2,\\qquad \\rho = ${formatNumber(rho, 2)},\\ \\sigma^2 = ${formatNumber(r.s2, 2)}`}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.ensemble.varianceLabel')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('example.ensemble.members')}</th>
              <th scope="col">{t('example.ensemble.varianceOfAverage')}</th>
              <th scope="col">{t('example.ensemble.shareOfOne')}</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map(({ m, v }) => (
              <tr key={m}>
                <td>{m}</td>
                <td>{formatNumber(v, 3)}</td>
                <td>{formatNumber((100 * v) / r.s2, 1)}%</td>
              </tr>
            ))}
            <tr>
              <td>M → ∞</td>
              <td>{formatNumber(r.floor, 3)}</td>
              <td>{formatNumber((100 * r.floor) / r.s2, 1)}%</td>
            </tr>
          </tbody>
        </table>
      </div>
      <figcaption>{t('example.ensemble.varianceCaption')}</figcaption>
    </figure>
  );
}

/**
 * Hard versus soft voting for classifiers, every number from lib/math at build time: `probs[m]` is
 * model m's samples × classes probabilities; each model's label is its argmax; optional `weights`.
 */
export function VoteExample({ probs, weights }: { probs: Matrix[]; weights?: number[] }) {
  const r = computeFor('VoteExample', () => {
    const labels = probs.map((p) => p.map((row) => argmax(row)));
    const hard = hardVote(labels, weights);
    const mean = softVote(probs, weights);
    return { labels, hard, mean, soft: mean.map((row) => argmax(row)) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="vote-example">
      {probs.map((p, m) => (
        <Tex
          key={m}
          display
          expression={`p^{(${m + 1})} = ${texMatrix(p, 2)}\\ \\Rightarrow\\ \\text{${t('example.ensemble.labels')} } ${texVector(r.labels[m], 0)}${weights ? `,\\ w_{${m + 1}} = ${formatNumber(weights[m], 2)}` : ''}`}
        />
      ))}
      <Tex display expression={`\\text{${t(weights ? 'example.ensemble.hardVoteWeighted' : 'example.ensemble.hardVote')}} = ${texVector(r.hard, 0)}`} />
      <Tex display expression={`\\text{${t(weights ? 'example.ensemble.softVoteWeighted' : 'example.ensemble.softVote')}} = ${texMatrix(r.mean, 3)}\\ \\Rightarrow\\ ${texVector(r.soft, 0)}`} />
      <figcaption>{t('example.ensemble.voteCaption')}</figcaption>
    </figure>
  );
}

/** Weighted average of regression predictions, `preds[m][s]`, computed by lib/math weightedAverage. */
export function AverageExample({ preds, weights }: { preds: Matrix; weights: number[] }) {
  const r = computeFor('AverageExample', () => weightedAverage(preds, weights));
  const t = getT();
  return (
    <figure className="worked-example" data-testid="average-example">
      <Tex
        display
        expression={`\\hat y = \\frac{\\sum_m w_m \\hat y_m}{\\sum_m w_m},\\quad \\hat y_m = ${texMatrix(preds, 2)},\\ w = ${texVector(weights, 2)}\\ \\Rightarrow\\ \\hat y = ${texVector(r, 3)}`}
      />
      <figcaption>{t('example.ensemble.averageCaption')}</figcaption>
    </figure>
  );
}
