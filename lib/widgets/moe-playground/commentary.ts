import type { MessageKey } from '@/lib/i18n';
import { IDLE_FRACTION, loadBalance } from '@/lib/math';

/** One line of live commentary: a catalog key, its values, and the lesson that explains it. */
export interface CommentaryLine {
  key: MessageKey;
  vars: Record<string, string | number>;
  href: string;
}

interface Reading {
  step: number;
  load: readonly number[];
  dropped: number;
  auxLoss: number;
  accuracy: number;
  denseAccuracy: number;
  k: number;
  lambda: number;
  capacity: number;
}

const pct = (x: number) => Math.round(x * 100);

/** Reads the latest snapshot like a tutor would: collapse, starving experts, drops, balance, MoE vs dense. */
export function moeCommentary(r: Reading): CommentaryLine[] {
  const n = r.load.length;
  if (r.step === 0) return [{ key: 'moe.comment.start', vars: {}, href: '/learn' }];
  const lines: CommentaryLine[] = [];
  // One measure of balance (lib/math/load-balance.ts), so no two lines can disagree about it.
  const b = loadBalance(r.load);
  const uniform = pct(1 / n);
  const share = pct(b.busiestShare);
  const times = b.maxOverMean.toFixed(1);
  if (n >= 2 && b.verdict === 'collapsed') {
    lines.push({ key: r.lambda === 0 ? 'moe.comment.collapseNoLambda' : 'moe.comment.collapse', vars: { expert: b.busiest + 1, share, uniform }, href: '/learn' });
  } else if (n >= 2 && b.verdict === 'balanced') {
    lines.push({ key: 'moe.comment.balanced', vars: { share, uniform, times }, href: '/learn' });
  } else if (n >= 2) {
    lines.push({ key: 'moe.comment.partial', vars: { expert: b.busiest + 1, share, uniform, times }, href: '/learn' });
  }
  if (b.idle > 0) lines.push({ key: 'moe.comment.idle', vars: { idle: b.idle, n, threshold: Math.round((IDLE_FRACTION / n) * 1000) / 10 }, href: '/learn' });
  if (r.capacity > 0 && r.dropped > 0) lines.push({ key: 'moe.comment.dropped', vars: { share: pct(r.dropped) }, href: '/learn' });
  lines.push({ key: 'moe.comment.aux', vars: { aux: r.auxLoss.toFixed(3), k: r.k }, href: '/learn' });
  lines.push({ key: 'moe.comment.dense', vars: { moe: pct(r.accuracy), dense: pct(r.denseAccuracy) }, href: '/learn' });
  return lines;
}
