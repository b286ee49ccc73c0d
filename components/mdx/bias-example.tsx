import { routeWithBias, topK, updateBias } from '@/lib/math';
import { formatNumber, texChain, texLines, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, ensure, texSet, texVector } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * Worked auxiliary-loss-free balancing (DeepSeek-V3), every number from lib/math at build time:
 * selection by s + b, gate values from the raw s (normalised over the selected), what selection
 * without the bias would have been, and one bias update from per-expert `load` with step `gamma`.
 */
export function BiasExample({ scores, bias, k, load, gamma }: { scores: Matrix; bias: number[]; k: number; load: number[]; gamma: number }) {
  const r = computeFor('BiasExample', () => {
    ensure(bias.length === scores[0].length, `bias must have one entry per expert (${scores[0].length}), got ${bias.length}`);
    const biased = scores.map((row) => row.map((s, e) => s + bias[e]));
    const route = routeWithBias(scores, bias, k);
    const unbiased = scores.map((row) => topK(row, k).indices);
    const next = updateBias(bias, load, gamma);
    const meanLoad = load.reduce((s, c) => s + c, 0) / load.length;
    return { biased, route, unbiased, next, meanLoad };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="bias-example">
      <Tex display expression={texLines([`s = ${texMatrix(scores, 2)},`, `b = ${texVector(bias, 2)},`, `s + b = ${texMatrix(r.biased, 2)}`])} />
      <ul>
        {r.route.indices.map((ids, token) => (
          <li key={token}>
            {slotText(t('example.bias.selection', { t: token, k }), {
              sb: <Tex expression="s+b" />,
              set: <Tex expression={texSet(ids)} />,
              unbiased: <Tex expression={texSet(r.unbiased[token])} />,
            })}
          </li>
        ))}
      </ul>
      <Tex display expression={texChain('g_{t,i}', `\\frac{s_{t,i}}{\\sum_{j\\ \\text{${t('example.bias.selected')}}} s_{t,j}}\\ (\\text{${t('example.bias.raw')} } s,\\ \\text{${t('example.bias.noBias')}})`, texMatrix(r.route.weights, 3))} />
      <Tex
        display
        expression={texLines([
          `\\text{${t('example.bias.load')} } c = ${texVector(load, 0)},\\ \\bar c = ${formatNumber(r.meanLoad, 2)},\\ \\gamma = ${formatNumber(gamma, 3)}:`,
          `\\begin{aligned} b &\\leftarrow b + \\gamma\\,\\operatorname{sign}(\\bar c - c) \\\\ &= ${texVector(r.next, 3)} \\end{aligned}`,
        ])}
      />
      <figcaption>{t('example.bias.caption')}</figcaption>
    </figure>
  );
}
