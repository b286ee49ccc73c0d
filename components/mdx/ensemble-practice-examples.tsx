import {
  ensembleCost,
  ensembleVariance,
  expectedOutOfBagMembers,
  featuresPerSplit,
  majorityVoteAccuracy,
  outOfBagProbability,
  xgboostLeafWeight,
  xgboostSplitGain,
} from '@/lib/math';
import { formatParams, formatSi } from '@/lib/widgets/llm-calculator/format';
import { formatNumber, texLines } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotTex } from '@/components/i18n/slot-text';
import { computeFor, ensure } from './example-utils';
import { Tex } from './tex';

/** Integers ≥ `min` for a list prop, or a build error naming the bad entry. */
function checkIntegers(values: readonly number[], name: string, min: number): void {
  ensure(values.length > 0, `${name} must list at least one value`);
  values.forEach((v, i) => ensure(Number.isInteger(v) && v >= min, `${name}[${i}] must be an integer ≥ ${min}, got ${v}`));
}

function percent(x: number, digits = 1): string {
  return `${formatNumber(100 * x, digits)}%`;
}

/**
 * Out-of-bag share (1 − 1/n)ⁿ for each training-set size in `sizes`, its limit e⁻¹, and how many of
 * `members` bootstrap members leave a given point out (the trees that vote in its OOB prediction).
 */
export function OutOfBagExample({ sizes, members }: { sizes: number[]; members: number }) {
  const r = computeFor('OutOfBagExample', () => {
    checkIntegers(sizes, 'sizes', 1);
    ensure(Number.isInteger(members) && members >= 1, `members must be an integer ≥ 1, got ${members}`);
    return sizes.map((n) => ({ n, out: outOfBagProbability(n), voters: expectedOutOfBagMembers(n, members) }));
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="oob-example">
      <Tex
        display
        expression={texLines([
          `P(${slotTex(t('example.outOfBag.row'), { i: 'i' })} \\notin \\text{${t('example.outOfBag.sample')}}) = \\Big(1-\\frac1n\\Big)^{n}`,
          `\\xrightarrow{\\;n\\to\\infty\\;} e^{-1} = ${formatNumber(Math.exp(-1), 4)}`,
        ])}
      />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.outOfBag.label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('example.outOfBag.rows')}</th>
              <th scope="col">{t('example.outOfBag.out')}</th>
              <th scope="col">{t('example.outOfBag.in')}</th>
              <th scope="col">{t('example.outOfBag.voters', { members })}</th>
            </tr>
          </thead>
          <tbody>
            {r.map(({ n, out, voters }) => (
              <tr key={n} data-testid={`oob-row-${n}`}>
                <td>{n}</td>
                <td>{percent(out)}</td>
                <td>{percent(1 - out)}</td>
                <td>{formatNumber(voters, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>{t('example.outOfBag.caption')}</figcaption>
    </figure>
  );
}

/**
 * Majority-vote accuracy of M independent voters that are each right with probability p (two
 * classes; a tie of an even M is a coin flip): one row per p in `accuracies`, one column per M.
 */
export function MajorityVoteExample({ accuracies, voters }: { accuracies: number[]; voters: number[] }) {
  const r = computeFor('MajorityVoteExample', () => {
    ensure(accuracies.length > 0, 'accuracies must list at least one value');
    accuracies.forEach((p, i) => ensure(Number.isFinite(p) && p >= 0 && p <= 1, `accuracies[${i}] must be in [0, 1], got ${p}`));
    checkIntegers(voters, 'voters', 1);
    return accuracies.map((p) => ({ p, row: voters.map((m) => majorityVoteAccuracy(p, m)) }));
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="majority-vote-example">
      <Tex display expression={`P(\\text{${t('example.majorityVote.right')}}) = \\sum_{k > M/2} \\binom{M}{k} p^k (1-p)^{M-k}`} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.majorityVote.label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('example.majorityVote.p')}</th>
              {voters.map((m) => (
                <th scope="col" key={m}>
                  M = {m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.map(({ p, row }) => (
              <tr key={p} data-testid={`vote-row-${p}`}>
                <th scope="row">{formatNumber(p, 2)}</th>
                {row.map((a, j) => (
                  <td key={voters[j]}>{percent(a)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>{t('example.majorityVote.caption')}</figcaption>
    </figure>
  );
}

/**
 * Variance of an average of M predictors for several correlations ρ (rows) and sizes M (columns),
 * ρσ² + (1 − ρ)σ²/M, and its floor ρσ² as M → ∞.
 */
export function CorrelationFloorExample({ rhos, sigma, members }: { rhos: number[]; sigma: number; members: number[] }) {
  const r = computeFor('CorrelationFloorExample', () => {
    ensure(rhos.length > 0, 'rhos must list at least one correlation');
    rhos.forEach((rho, i) => ensure(Number.isFinite(rho) && rho >= 0 && rho <= 1, `rhos[${i}] must be in [0, 1], got ${rho}`));
    ensure(Number.isFinite(sigma) && sigma > 0, `sigma must be > 0, got ${sigma}`);
    checkIntegers(members, 'members', 1);
    const s2 = sigma * sigma;
    return { s2, rows: rhos.map((rho) => ({ rho, cells: members.map((m) => ensembleVariance(rho, s2, m)), floor: rho * s2 })) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="correlation-floor-example">
      <Tex display expression={`\\operatorname{Var}(\\bar f_M) = \\rho\\sigma^2 + \\frac{1-\\rho}{M}\\sigma^2,\\qquad \\sigma^2 = ${formatNumber(r.s2, 2)}`} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.correlationFloor.label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('example.correlationFloor.rho')}</th>
              {members.map((m) => (
                <th scope="col" key={m}>
                  M = {m}
                </th>
              ))}
              <th scope="col">M → ∞</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map(({ rho, cells, floor }) => (
              <tr key={rho} data-testid={`rho-row-${rho}`}>
                <th scope="row">{formatNumber(rho, 2)}</th>
                {cells.map((v, j) => (
                  <td key={members[j]}>{formatNumber(v, 3)}</td>
                ))}
                <td>{formatNumber(floor, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>{t('example.correlationFloor.caption')}</figcaption>
    </figure>
  );
}

/** Candidate features per split under the √p and p/3 rules, and the share of splits that cannot use a given feature. */
export function FeatureSubsampleExample({ features }: { features: number[] }) {
  const r = computeFor('FeatureSubsampleExample', () => {
    checkIntegers(features, 'features', 1);
    return features.map((p) => ({ p, sqrt: featuresPerSplit(p, 'sqrt'), third: featuresPerSplit(p, 'third') }));
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="feature-subsample-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.featureSubsample.label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('example.featureSubsample.p')}</th>
              <th scope="col">{t('example.featureSubsample.sqrt')}</th>
              <th scope="col">{t('example.featureSubsample.sqrtExcluded')}</th>
              <th scope="col">{t('example.featureSubsample.third')}</th>
              <th scope="col">{t('example.featureSubsample.thirdExcluded')}</th>
            </tr>
          </thead>
          <tbody>
            {r.map(({ p, sqrt, third }) => (
              <tr key={p} data-testid={`features-row-${p}`}>
                <td>{p}</td>
                <td>{sqrt.candidates}</td>
                <td>{percent(sqrt.excludedShare)}</td>
                <td>{third.candidates}</td>
                <td>{percent(third.excludedShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>{t('example.featureSubsample.caption')}</figcaption>
    </figure>
  );
}

/** XGBoost's leaf weights and the gain of one candidate split, for each γ in `gammas`. */
export function XgboostSplitExample({
  gradLeft,
  hessLeft,
  gradRight,
  hessRight,
  lambda,
  gammas,
}: {
  gradLeft: number;
  hessLeft: number;
  gradRight: number;
  hessRight: number;
  lambda: number;
  gammas: number[];
}) {
  const r = computeFor('XgboostSplitExample', () => {
    ensure(gammas.length > 0, 'gammas must list at least one value');
    const G = gradLeft + gradRight;
    const H = hessLeft + hessRight;
    return {
      G,
      H,
      parent: xgboostLeafWeight(G, H, lambda),
      left: xgboostLeafWeight(gradLeft, hessLeft, lambda),
      right: xgboostLeafWeight(gradRight, hessRight, lambda),
      gains: gammas.map((gamma) => ({ gamma, gain: xgboostSplitGain({ gradLeft, hessLeft, gradRight, hessRight, lambda, gamma }) })),
    };
  });
  // whole numbers as they are (−6, not −6.00), so the formula fits a phone's column
  const f = (x: number) => (Number.isInteger(x) ? String(x) : formatNumber(x, 2));
  const g0 = r.gains[0];
  const t = getT();
  return (
    <figure className="worked-example" data-testid="xgboost-split-example">
      <Tex
        display
        expression={texLines([
          `w^* = -\\frac{G}{H+\\lambda}`,
          `w_{\\text{${t('example.xgboostSplit.parent')}}} = -\\frac{${f(r.G)}}{${f(r.H)} + ${f(lambda)}} = ${f(r.parent)}`,
          `w_L = ${f(r.left)},\\quad w_R = ${f(r.right)}`,
        ])}
      />
      <Tex
        display
        expression={texLines([
          `\\text{${t('example.xgboostSplit.gain')}} = \\tfrac12\\Big[\\frac{G_L^2}{H_L+\\lambda} + \\frac{G_R^2}{H_R+\\lambda} - \\frac{G^2}{H+\\lambda}\\Big] - \\gamma`,
          `= \\tfrac12\\Big[\\frac{(${f(gradLeft)})^2}{${f(hessLeft)}+${f(lambda)}} + \\frac{(${f(gradRight)})^2}{${f(hessRight)}+${f(lambda)}} - \\frac{(${f(r.G)})^2}{${f(r.H)}+${f(lambda)}}\\Big] - \\gamma`,
          `= ${formatNumber(g0.gain + g0.gamma, 3)} - \\gamma`,
        ])}
      />
      <ul>
        {r.gains.map(({ gamma, gain }) => (
          <li key={gamma} data-testid={`gain-gamma-${gamma}`}>
            {t(gain > 0 ? 'example.xgboostSplit.kept' : 'example.xgboostSplit.pruned', { gamma: f(gamma), gain: formatNumber(gain, 3) })}
          </li>
        ))}
      </ul>
      <figcaption>{t('example.xgboostSplit.caption')}</figcaption>
    </figure>
  );
}

/** What M equal members cost to serve, against one member or a distilled student of the same size. */
export function EnsembleCostExample({ members, params, bytes }: { members: number; params: number; bytes: number }) {
  const r = computeFor('EnsembleCostExample', () => ({ one: ensembleCost(1, params, bytes), all: ensembleCost(members, params, bytes) }));
  const t = getT();
  const rows = [
    { label: t('example.ensembleCost.one'), c: r.one },
    { label: t('example.ensembleCost.all', { members }), c: r.all },
  ];
  return (
    <figure className="worked-example" data-testid="ensemble-cost-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.ensembleCost.label')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('example.ensembleCost.what')}</th>
              <th scope="col">{t('example.ensembleCost.params')}</th>
              <th scope="col">{t('example.ensembleCost.weights', { bytes })}</th>
              <th scope="col">{t('example.ensembleCost.flops')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, c }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{formatParams(c.parameters)}</td>
                <td>{formatSi(c.weightBytes, 'B')}</td>
                <td>{formatSi(c.flopsPerInput, 'FLOP')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>{t('example.ensembleCost.caption')}</figcaption>
    </figure>
  );
}
