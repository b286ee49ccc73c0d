import { crossEntropyFromLogits, logSumExp, scaledDotProductAttention, softmax } from '@/lib/math';
import { formatNumber } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { Tex } from './tex';

/** A number as prose shows it: integers bare, otherwise up to `digits` decimals without trailing zeros. */
function short(x: number, digits = 3): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toFixed(digits)));
}
const vec = (xs: number[], digits = 3) => `(${xs.map((x) => short(x, digits)).join(',\\;')})`;

/**
 * The "check one entry by hand" paragraph of the attention lesson: one query's scores, scaled
 * scores, softmax weights and output, computed from `lib/math` at build time.
 */
export function AttentionHandCheck({ q, k, v, row = 0 }: { q: number[][]; k: number[][]; v: number[][]; row?: number }) {
  const dk = k[0].length;
  const scores = k.map((key) => key.reduce((s, x, i) => s + x * q[row][i], 0));
  const scaled = scores.map((s) => s / Math.sqrt(dk));
  const { weights, output } = scaledDotProductAttention(q, k, v);
  const w = weights[row];
  const sum = w.map((wi, j) => `${formatNumber(wi, 3)}\\,${vec(v[j], 0)}`).join('+');
  const t = getT();
  return (
    <p data-testid="attention-hand-check">
      {slotText(t('example.handCheck.attention', { row: row + 1, keys: k.length }), {
        query: <Tex expression={vec(q[row], 0)} />,
        scores: <Tex expression={scores.map((s) => short(s)).join(',\\;')} />,
        root: <Tex expression={short(Math.sqrt(dk))} />,
        scaled: <Tex expression={scaled.map((s) => short(s)).join(',\\;')} />,
        vector: <Tex expression={vec(scaled)} />,
        weights: <Tex expression={vec(w.map((x) => Number(x.toFixed(3))))} />,
        output: <Tex expression={`${sum}\\approx${vec(output[row].map((x) => Number(x.toFixed(3))))}`} />,
      })}
    </p>
  );
}

/**
 * The next-token loss worked example: softmax of the logits as a table, the cross-entropy two
 * ways and the gradient p − onehot, all from `lib/math`.
 */
export function NextTokenLossExample({ tokens, logits, target, wrong }: { tokens: string[]; logits: number[]; target: number; wrong: number }) {
  const p = softmax(logits);
  const exps = logits.map((z) => Math.exp(z));
  const lse = logSumExp(logits);
  const loss = crossEntropyFromLogits(logits, target);
  const grad = p.map((pi, i) => pi - (i === target ? 1 : 0));
  const name = (i: number) => `\\text{${tokens[i]}}`;
  const t = getT();
  const sumExp = exps.reduce((s, x) => s + x, 0).toFixed(4);
  return (
    <div className="worked-example" data-testid="next-token-loss-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.nextTokenLoss.aria')}>
        <table>
          <thead>
            <tr>
              <th>{t('example.nextTokenLoss.token')}</th>
              <th>
                {t('example.nextTokenLoss.logit')} <Tex expression="z_i" />
              </th>
              <th>
                <Tex expression="e^{z_i}" />
              </th>
              <th>
                <Tex expression="p_i = e^{z_i}/\textstyle\sum_j e^{z_j}" />
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token, i) => (
              <tr key={token}>
                <td>
                  <em>{token}</em>
                </td>
                <td>
                  <Tex expression={String(logits[i])} />
                </td>
                <td>
                  <Tex expression={exps[i].toFixed(4)} />
                </td>
                <td>
                  <Tex expression={p[i].toFixed(4)} />
                </td>
              </tr>
            ))}
            <tr>
              <td>{t('example.nextTokenLoss.sum')}</td>
              <td />
              <td>
                <Tex expression={sumExp} />
              </td>
              <td>
                <Tex expression={p.reduce((s, x) => s + x, 0).toFixed(4)} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>{t('example.nextTokenLoss.lossIs')}</p>
      <Tex display expression={`-\\log p_{${name(target)}}=-\\log ${p[target].toFixed(4)}\\approx ${loss.toFixed(3)} .`} />
      <p>
        {slotText(t('example.nextTokenLoss.check'), {
          logSum: <Tex expression={`\\log ${sumExp} \\approx ${lse.toFixed(3)}`} />,
          difference: <Tex expression={`${lse.toFixed(3)} - z_{${name(target)}} = ${lse.toFixed(3)}-${logits[target]} = ${loss.toFixed(3)}`} />,
          wrong: <em>{tokens[wrong]}</em>,
          wrongLoss: <Tex expression={`${lse.toFixed(3)}-${logits[wrong]}=${(lse - logits[wrong]).toFixed(3)}`} />,
          uniform: <Tex expression={`\\log ${tokens.length}\\approx ${Math.log(tokens.length).toFixed(3)}`} />,
        })}
      </p>
      <p>
        {slotText(t('example.nextTokenLoss.gradient', { count: tokens.length }), {
          gradient: <Tex expression={`p-\\mathbf 1_{${name(target)}}\\approx(${grad.map((g) => g.toFixed(4)).join(',\\;')})`} />,
        })}
      </p>
    </div>
  );
}

/** The mean next-token loss of a short sequence: earlier positions' true-token probabilities plus the last position's logits. */
export function SequenceLossExample({ earlier, logits, target }: { earlier: number[]; logits: number[]; target: number }) {
  const loss = crossEntropyFromLogits(logits, target);
  const terms = [...earlier.map((q) => -Math.log(q)), loss];
  const t = getT();
  const probs = earlier.flatMap((q, i) => [...(i > 0 ? [t('example.sequenceLoss.and')] : []), <Tex key={i} expression={short(q)} />]);
  return (
    <div className="worked-example" data-testid="sequence-loss-example">
      <p>{slotText(t('example.sequenceLoss.intro', { earlier: earlier.length, count: terms.length }), { probs })}</p>
      <Tex
        display
        expression={`\\mathcal L=\\frac{${terms.map((x) => x.toFixed(3)).join('+')}}{${terms.length}}\\approx ${(terms.reduce((s, x) => s + x, 0) / terms.length).toFixed(3)} .`}
      />
    </div>
  );
}
