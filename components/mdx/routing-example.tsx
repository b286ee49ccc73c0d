import { keepTopK, moeCombine, routeTopK, softmax } from '@/lib/math';
import { formatNumber, texChain, texLines, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, ensure, texSet } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * Worked top-k routing, every number from lib/math at build time: router probabilities, the
 * selected experts, gate values without and with renormalisation, the KeepTopK softmax that equals
 * the renormalised gates, and (with `outputs[e][t]`, one-dimensional expert outputs) the layer output.
 */
export function RoutingExample({
  logits,
  k,
  renormalize = true,
  outputs,
}: {
  logits: Matrix;
  k: number;
  renormalize?: boolean;
  outputs?: Matrix;
}) {
  const r = computeFor('RoutingExample', () => {
    const raw = routeTopK(logits, k, false);
    const renorm = routeTopK(logits, k, true);
    const keepTopKSoftmax = logits.map((row) => softmax(keepTopK(row, k)));
    const used = renormalize ? renorm.weights : raw.weights;
    let y: number[] | undefined;
    if (outputs) {
      ensure(outputs.length === logits[0].length, `outputs must have one row per expert (${logits[0].length}), got ${outputs.length}`);
      outputs.forEach((row, e) =>
        ensure(row.length === logits.length, `outputs[${e}] must have one value per token (${logits.length}), got ${row.length}`),
      );
      y = moeCombine(outputs.map((row) => row.map((v) => [v])), used).map((row) => row[0]);
    }
    return { raw, renorm, keepTopKSoftmax, y, keptSums: raw.weights.map((row) => row.reduce((s, w) => s + w, 0)) };
  });
  const t = getT();
  const tokens = logits.length;
  const n = logits[0].length;
  return (
    <figure className="worked-example" data-testid="routing-example">
      <Tex display expression={texLines([`Z = ${texMatrix(logits, 2)}`, `(${tokens}\\ \\text{${t(tokens > 1 ? 'example.routing.tokens' : 'example.routing.token')}} \\times ${n}\\ \\text{${t('example.routing.experts')}})`])} />
      <Tex display expression={texChain('p', `\\operatorname{softmax}_{\\text{${t('example.softmaxRow')}}}(Z)`, texMatrix(r.raw.probs, 3))} />
      <ul>
        {r.raw.indices.map((ids, token) => (
          <li key={token}>
            {slotText(t('example.routing.selection', { t: token, k }), {
              set: <Tex expression={texSet(ids)} />,
              mass: <Tex expression={formatNumber(r.keptSums[token], 3)} />,
            })}
          </li>
        ))}
      </ul>
      <Tex display expression={texLines([`\\text{${t('example.routing.notRenormalisedLabel')}}`, texChain('w_{t,e}', `p_{t,e}\\ (e\\ \\text{${t('example.routing.kept')}})`, texMatrix(r.raw.weights, 3))])} />
      <Tex display expression={texLines([`\\text{${t('example.routing.renormalisedLabel')}}`, texChain('w_{t,e}', `\\frac{p_{t,e}}{\\sum_{j\\ \\text{${t('example.routing.kept')}}} p_{t,j}}`, texMatrix(r.renorm.weights, 3))])} />
      <Tex display expression={texLines([`\\operatorname{softmax}\\big(\\operatorname{KeepTopK}(Z, ${k})\\big) =`, texMatrix(r.keepTopKSoftmax, 3)])} />
      {r.y ? (
        <>
          <Tex display expression={texLines([`\\text{${t('example.routing.expertOutputs')} } E_e(x_t) = ${texMatrix(outputs!, 2)}`, `(\\text{${t('example.routing.rowsExpertsColumnsTokens')}})`])} />
          <Tex
            display
            expression={texChain('y_t', `\\sum_e w_{t,e}\\,E_e(x_t)\\ (\\text{${t(renormalize ? 'example.routing.renormalised' : 'example.routing.notRenormalised')}})`, texMatrix([r.y], 3))}
          />
        </>
      ) : null}
      <figcaption>{t('example.routing.caption')}</figcaption>
    </figure>
  );
}
