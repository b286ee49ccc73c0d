import type { MessageKey } from '@/lib/i18n';

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
  const max = Math.max(...r.load);
  const top = r.load.indexOf(max);
  const uniform = 1 / n;
  if (n >= 2 && max >= Math.max(2 * uniform, 0.4)) {
    lines.push({
      key: r.lambda === 0 ? 'moe.comment.collapseNoLambda' : 'moe.comment.collapse',
      vars: { expert: top + 1, share: pct(max), uniform: pct(uniform) },
      href: '/learn',
    });
  } else if (n >= 2 && max <= 1.5 * uniform) {
    lines.push({ key: 'moe.comment.balanced', vars: { share: pct(max), uniform: pct(uniform) }, href: '/learn' });
  }
  const idle = r.load.filter((x) => x < 0.02).length;
  if (n >= 3 && idle > 0) lines.push({ key: 'moe.comment.idle', vars: { idle, n }, href: '/learn' });
  if (r.capacity > 0 && r.dropped > 0) lines.push({ key: 'moe.comment.dropped', vars: { share: pct(r.dropped) }, href: '/learn' });
  lines.push({ key: 'moe.comment.aux', vars: { aux: r.auxLoss.toFixed(3), k: r.k }, href: '/learn' });
  lines.push({ key: 'moe.comment.dense', vars: { moe: pct(r.accuracy), dense: pct(r.denseAccuracy) }, href: '/learn' });
  return lines;
}
