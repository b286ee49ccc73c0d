import { matmul, scaledDotProductAttention, transpose } from '@/lib/math';
import { texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * A worked scaled dot-product attention example whose every number is computed from
 * `lib/math` at build time: scores QKᵀ, scaled scores, softmax weights and the output.
 */
export function AttentionExample({ q, k, v, causal = false }: { q: Matrix; k: Matrix; v: Matrix; causal?: boolean }) {
  const dk = k[0].length;
  const scores = matmul(q, transpose(k));
  const scaled = scores.map((row) => row.map((s) => s / Math.sqrt(dk)));
  const { weights, output } = scaledDotProductAttention(q, k, v, causal ? 'causal' : undefined);
  const t = getT();
  const shown = causal ? scaled.map((row, i) => row.map((s, j) => (j > i ? -Infinity : s))) : scaled;
  return (
    <figure className="worked-example" data-testid="attention-example">
      <Tex display expression={`Q = ${texMatrix(q, 0)},\\quad K = ${texMatrix(k, 0)},\\quad V = ${texMatrix(v, 0)}`} />
      <Tex display expression={`QK^\\top = ${texMatrix(scores, 0)}`} />
      <Tex display expression={`\\frac{QK^\\top}{\\sqrt{d_k}} = \\frac{QK^\\top}{\\sqrt{${dk}}} = ${texMatrix(shown, 3)}`} />
      <Tex display expression={`A = \\operatorname{softmax}_{\\text{${t('example.softmaxRow')}}}\\!\\Big(\\frac{QK^\\top}{\\sqrt{d_k}}\\Big) = ${texMatrix(weights, 3)}`} />
      <Tex display expression={`\\operatorname{Attention}(Q,K,V) = AV = ${texMatrix(output, 3)}`} />
      <figcaption>
        {t('example.attention.caption')}
        {causal ? t('example.attention.causal') : ''}
      </figcaption>
    </figure>
  );
}
