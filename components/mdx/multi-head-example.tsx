import { multiHeadAttention } from '@/lib/math';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, ensure } from './example-utils';
import { Tex } from './tex';

const HEADS = 2;
const short = (x: number) => String(Number(x.toFixed(3)));
const identity = (d: number) => Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));

/**
 * The reading of the two-head worked example: with W^Q = W^K = W^V = W^O = I, one token's weight
 * on its most-attended other token and on itself in each head, and its row of the layer's output,
 * all computed by `lib/math`'s multi-head attention at build time. `row` is 0-based.
 */
export function MultiHeadReading({ x, row }: { x: number[][]; row: number }) {
  const d = x[0]?.length ?? 0;
  const { weights, output } = computeFor('MultiHeadReading', () => {
    ensure(Number.isInteger(row) && row >= 0 && row < x.length, `row must be a row of x (0…${x.length - 1}), got ${row}`);
    const eye = identity(d);
    return multiHeadAttention(x, { wq: eye, wk: eye, wv: eye, wo: eye, numHeads: HEADS });
  });
  const vars: Record<string, string | number> = { row: row + 1 };
  weights.forEach((w, h) => {
    const other = w[row].reduce((best, wj, j) => (j !== row && (best < 0 || wj > w[row][best]) ? j : best), -1);
    vars[`token${h + 1}`] = other + 1;
    vars[`other${h + 1}`] = short(w[row][other]);
    vars[`self${h + 1}`] = short(w[row][row]);
  });
  const t = getT();
  return (
    <p data-testid="multi-head-reading">
      {slotText(t('example.multiHead.reading', vars), {
        identity: <Tex expression={`W^O=I_${d}`} />,
        wo: <Tex expression="W^O" />,
        output: <Tex expression={`(${output[row].map(short).join(',\\;')})`} />,
      })}
    </p>
  );
}
