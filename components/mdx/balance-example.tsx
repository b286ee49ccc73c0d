import { cvSquared, expertLoadShares, loadBalancingLoss, topK } from '@/lib/math';
import { formatNumber, texChain, texLines, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { columnMeans, computeFor, ensure, texSet, texVector } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/** Uniform routing of `n` tokens over `n` experts (token t's j-th choice is expert t + j mod n). */
function uniformCase(n: number, k: number) {
  const probs = Array.from({ length: n }, () => new Array<number>(n).fill(1 / n));
  const indices = Array.from({ length: n }, (_, t) => Array.from({ length: k }, (_, j) => (t + j) % n));
  return loadBalancingLoss(probs, indices, n);
}

/** Total collapse: every token puts probability 1 on expert 0 and is routed there first. */
function collapseCase(n: number, k: number) {
  const probs = Array.from({ length: n }, () => Array.from({ length: n }, (_, e) => (e === 0 ? 1 : 0)));
  const indices = probs.map((p) => topK(p, k).indices);
  return loadBalancingLoss(probs, indices, n);
}

/**
 * Worked Switch / Hugging Face load-balancing loss (coefficient α not included), every number from
 * lib/math at build time: the selected experts, f (per top-k slot), P, N·Σ f·P, and the values the
 * same N gives under uniform routing and under total collapse.
 */
export function BalanceExample({ probs, k = 1 }: { probs: Matrix; k?: number }) {
  const r = computeFor('BalanceExample', () => {
    const n = probs[0]?.length ?? 0;
    probs.forEach((row, t) => {
      const sum = row.reduce((s, p) => s + p, 0);
      ensure(Math.abs(sum - 1) < 1e-9, `probs[${t}] must sum to 1 (router probabilities), got ${sum}`);
    });
    const indices = probs.map((p) => topK(p, k).indices);
    const f = Array.from({ length: k }, (_, j) => expertLoadShares(indices.map((row) => [row[j]]), n));
    const P = columnMeans(probs);
    const loss = loadBalancingLoss(probs, indices, n);
    const products = f.map((slot) => slot.map((fe, e) => fe * P[e]));
    const recomputed = n * products.flat().reduce((s, x) => s + x, 0);
    ensure(Math.abs(recomputed - loss) < 1e-12, `f and P disagree with lib/math loadBalancingLoss (${recomputed} vs ${loss})`);
    return { n, indices, f, P, products, loss, uniform: uniformCase(n, k), collapse: collapseCase(n, k) };
  });
  const t = getT();
  const fLabel = k === 1 ? 'f' : (j: number) => `f_{${j + 1}}`;
  return (
    <figure className="worked-example" data-testid="balance-example">
      <Tex display expression={texLines([`p = ${texMatrix(probs, 2)}`, `(T = ${probs.length}\\ \\text{${t('example.balance.tokens')}},\\ N = ${r.n}\\ \\text{${t('example.balance.experts')}},\\ k = ${k})`])} />
      <ul>
        {r.indices.map((ids, token) => (
          <li key={token}>
            {slotText(t(k === 1 ? 'example.balance.routedToExpert' : 'example.balance.routedToExperts', { t: token }), {
              ids: <Tex expression={k === 1 ? String(ids[0]) : texSet(ids)} />,
            })}
          </li>
        ))}
      </ul>
      {r.f.map((slot, j) => (
        <Tex
          key={j}
          display
          expression={texLines([`${typeof fLabel === 'string' ? fLabel : fLabel(j)} = ${texVector(slot, 3)}`, `(\\text{${k === 1 ? t('example.balance.shareOfChoice') : t('example.balance.shareOfSlot', { j: j + 1 })}})`])}
        />
      ))}
      <Tex display expression={texChain('P', '\\tfrac1T\\textstyle\\sum_t p_t', texVector(r.P, 3))} />
      <Tex
        display
        expression={`N${k === 1 ? '\\sum_e f_eP_e' : '\\sum_j\\sum_e f_{j,e}P_e'} = ${r.n}\\times ${formatNumber(r.products.flat().reduce((s, x) => s + x, 0), 4)} = ${formatNumber(r.loss, 4)}`}
      />
      <p>
        {slotText(t('example.balance.comparison'), {
          n: <Tex expression={`N = ${r.n}`} />,
          k: <Tex expression={`k = ${k}`} />,
          uniform: <Tex expression={formatNumber(r.uniform, 4)} />,
          collapse: <Tex expression={formatNumber(r.collapse, 4)} />,
        })}
      </p>
      <figcaption>{t('example.balance.caption')}</figcaption>
    </figure>
  );
}

/**
 * Worked importance loss of Shazeer et al. (2017) without its weight: Importance = column sums of
 * the gate values (tokens × N), then CV² with the population variance (lib/math cvSquared).
 */
export function ImportanceExample({ gates }: { gates: Matrix }) {
  const r = computeFor('ImportanceExample', () => {
    const importance = columnMeans(gates).map((m) => m * gates.length);
    return { importance, cv2: cvSquared(importance) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="importance-example">
      <Tex display expression={texLines([`G(X) = ${texMatrix(gates, 2)}`, `(\\text{${t('example.balance.rowsTokensColumnsExperts')}})`])} />
      <Tex display expression={texChain('\\operatorname{Importance}(X)', '\\textstyle\\sum_{x} G(x)', texVector(r.importance, 2))} />
      <Tex display expression={`CV(\\operatorname{Importance})^2 = \\frac{\\operatorname{Var}}{\\operatorname{mean}^2} = ${formatNumber(r.cv2, 4)}`} />
      <figcaption>{slotText(t('example.balance.importanceCaption'), { code: <code>cv_squared</code> })}</figcaption>
    </figure>
  );
}
