import { routeTopP, sharedExpertWeights, topK } from '@/lib/math';
import { formatNumber, texMatrix } from '@/lib/viz/tex';
import { computeFor, texSet, texVector } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * Worked top-p (dynamic) routing (Huang et al. 2024), every number from lib/math at build time: per
 * token, the probabilities in descending order, their running sum, and how many experts it takes
 * to reach the threshold. Gate values are the raw softmax probabilities of the selected experts, as
 * in the paper's released code; `renormalize` shows a variant that divides by their sum, which is
 * this site's, not the paper's, and is labelled so.
 */
export function TopPExample({ logits, threshold, renormalize = false }: { logits: Matrix; threshold: number; renormalize?: boolean }) {
  const r = computeFor('TopPExample', () => {
    const route = routeTopP(logits, threshold, renormalize);
    const sorted = route.probs.map((p) => topK(p, p.length).values);
    const running = sorted.map((values) => values.map((_, i) => values.slice(0, i + 1).reduce((s, v) => s + v, 0)));
    return { route, sorted, running };
  });
  return (
    <figure className="worked-example" data-testid="top-p-example">
      <Tex display expression={`p = \\operatorname{softmax}_{\\text{row}}(Z) = ${texMatrix(r.route.probs, 3)},\\quad \\text{threshold } ${formatNumber(threshold, 2)}`} />
      <ul>
        {r.route.indices.map((ids, t) => (
          <li key={t}>
            Token {t}: sorted <Tex expression={texVector(r.sorted[t], 3)} />, running sum <Tex expression={texVector(r.running[t], 3)} /> →{' '}
            {r.route.counts[t]} expert{r.route.counts[t] > 1 ? 's' : ''} <Tex expression={texSet(ids)} />
          </li>
        ))}
      </ul>
      <p data-testid="top-p-gates">
        {renormalize
          ? 'Gate values: the selected probabilities divided by their sum, so each row sums to 1. This is a variant of ours, not the method of Huang et al.'
          : 'Gate values: the raw softmax probabilities of the selected experts, not renormalised, as in the released code of Huang et al.; a row sums to the probability mass the token selected, not to 1.'}
      </p>
      <Tex display expression={`g = ${texMatrix(r.route.weights, 3)}`} />
      <figcaption>Experts and tokens are numbered from 0. Computed by the site&apos;s reference implementation when the page is built.</figcaption>
    </figure>
  );
}

/**
 * Worked DeepSeekMoE combine weights, every number from lib/math at build time: `shared` experts
 * always at weight 1, then the top-k routed experts at their raw (not renormalised) softmax scores.
 */
export function SharedExpertExample({ scores, shared, k }: { scores: Matrix; shared: number; k: number }) {
  const r = computeFor('SharedExpertExample', () => {
    const weights = sharedExpertWeights(scores, shared, k);
    const routedSums = weights.map((row) => row.slice(shared).reduce((s, w) => s + w, 0));
    return { weights, routedSums };
  });
  return (
    <figure className="worked-example" data-testid="shared-expert-example">
      <Tex display expression={`s = ${texMatrix(scores, 2)}\\quad(\\text{softmax over the ${scores[0].length} routed experts})`} />
      <Tex
        display
        expression={`\\text{weights (first ${shared} column${shared > 1 ? 's' : ''}: shared; then routed experts)} = ${texMatrix(r.weights, 2)}`}
      />
      <p>
        Sum of the routed gate values per token: <Tex expression={texVector(r.routedSums, 2)} /> — less than 1, because DeepSeekMoE does not
        renormalise after top-k.
      </p>
      <figcaption>Computed by the site&apos;s reference implementation when the page is built.</figcaption>
    </figure>
  );
}
