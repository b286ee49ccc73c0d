import { routeTopP, sharedExpertWeights, topK } from '@/lib/math';
import { formatNumber, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
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
  const t = getT();
  return (
    <figure className="worked-example" data-testid="top-p-example">
      <Tex display expression={`p = \\operatorname{softmax}_{\\text{${t('example.softmaxRow')}}}(Z) = ${texMatrix(r.route.probs, 3)},\\quad \\text{${t('example.topP.threshold')} } ${formatNumber(threshold, 2)}`} />
      <ul>
        {r.route.indices.map((ids, token) => (
          <li key={token}>
            {slotText(t(r.route.counts[token] > 1 ? 'example.topP.selectionMany' : 'example.topP.selectionOne', { token, count: r.route.counts[token] }), {
              sorted: <Tex expression={texVector(r.sorted[token], 3)} />,
              running: <Tex expression={texVector(r.running[token], 3)} />,
              set: <Tex expression={texSet(ids)} />,
            })}
          </li>
        ))}
      </ul>
      <p data-testid="top-p-gates">
        {renormalize ? t('example.topP.gatesRenormalized') : t('example.topP.gatesRaw')}
      </p>
      <Tex display expression={`g = ${texMatrix(r.route.weights, 3)}`} />
      <figcaption>{t('example.topP.caption')}</figcaption>
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
  const t = getT();
  return (
    <figure className="worked-example" data-testid="shared-expert-example">
      <Tex display expression={`s = ${texMatrix(scores, 2)}\\quad(\\text{${t('example.sharedExpert.softmaxOver', { count: scores[0].length })}})`} />
      <Tex
        display
        expression={`\\text{${t(shared > 1 ? 'example.sharedExpert.weightsMany' : 'example.sharedExpert.weightsOne', { count: shared })}} = ${texMatrix(r.weights, 2)}`}
      />
      <p>
        {slotText(t('example.sharedExpert.sum'), { sums: <Tex expression={texVector(r.routedSums, 2)} /> })}
      </p>
      <figcaption>{t('example.sharedExpert.caption')}</figcaption>
    </figure>
  );
}
