import { logSumExp, routerZLoss, softmaxRows } from '@/lib/math';
import { formatNumber, texLines, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { computeFor, texVector } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * Worked router z-loss (ST-MoE), every number from lib/math at build time: the log-sum-exp of each
 * token's logits and L_z, then the same logits shifted by `shift`: the softmax is unchanged, L_z is not.
 */
export function ZLossExample({ logits, shift }: { logits: Matrix; shift: number }) {
  const r = computeFor('ZLossExample', () => {
    const shifted = logits.map((row) => row.map((z) => z + shift));
    return {
      shifted,
      lse: logits.map((row) => logSumExp(row)),
      lseShifted: shifted.map((row) => logSumExp(row)),
      loss: routerZLoss(logits),
      lossShifted: routerZLoss(shifted),
      probs: softmaxRows(logits),
      probsShifted: softmaxRows(shifted),
    };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="z-loss-example">
      <Tex display expression={texLines([`x = ${texMatrix(logits, 2)},`, `\\log\\textstyle\\sum_j e^{x_j} = ${texVector(r.lse, 3)},\\quad L_z = ${formatNumber(r.loss, 3)}`])} />
      <Tex display expression={texLines(['\\operatorname{softmax}(x) =', texMatrix(r.probs, 3)])} />
      <Tex
        display
        expression={texLines([`x + ${formatNumber(shift, 0)} = ${texMatrix(r.shifted, 2)},`, `\\log\\textstyle\\sum_j e^{x_j} = ${texVector(r.lseShifted, 3)},\\quad L_z = ${formatNumber(r.lossShifted, 3)}`])}
      />
      <Tex display expression={texLines([`\\operatorname{softmax}(x + ${formatNumber(shift, 0)}) =`, texMatrix(r.probsShifted, 3)])} />
      <figcaption>{t('example.zLoss.caption')}</figcaption>
    </figure>
  );
}
