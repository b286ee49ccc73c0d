/**
 * Live commentary of the MoE Language Model: reads the widget's latest state like a tutor
 * (load evenness per layer, collapse, idle experts, drops under a capacity limit, bias balancing,
 * the shared expert, MoE against its dense twin and the unigram reference), each line linking to
 * the lesson section it illustrates.
 */
import type { MessageKey } from '@/lib/i18n';
import { IDLE_FRACTION } from '@/lib/math/load-balance';
import { loadStats } from '@/lib/math/routing-stats';
import type { Router } from './params';

/** One line of live commentary: a catalog key, its values, and the lesson section that explains it. */
export interface CommentaryLine {
  key: MessageKey;
  vars: Record<string, string | number>;
  href: string;
}

export interface LmCommentaryInput {
  /** Training steps so far (a checkpoint's steps count). */
  step: number;
  /** A checkpoint id or 'scratch'. */
  checkpoint: string;
  router: Router;
  experts: number;
  k: number;
  lambda: number;
  /** γ of the aux-free bias update (read only with router 'aux-free'). */
  gamma: number;
  /** Capacity factor; 0 is dropless. */
  capacity: number;
  shared: boolean;
  /** Per layer, the share of routed assignments each routed expert got (latest StepStats.load or evaluate().load; N·m shares with fine-grained split m). */
  load: readonly (readonly number[])[];
  /** Share of routed assignments capacity dropped at the last step (StepStats.dropped); null before the run's first step. */
  dropped: number | null;
  heldoutBpc: number | null;
  /** Null when the dense twin is not trained. */
  denseHeldoutBpc: number | null;
  /** The corpus's unigram entropy, bits per character. */
  unigramBits: number | null;
}

/** Lesson sections the lines link to (ids as the lesson pages give their headings; a test checks each exists). */
export const LM_LESSON_LINKS = {
  whereMoe: '/learn/mixture-of-experts#where-moe-sits-in-a-transformer',
  whyMix: '/learn/mixture-of-experts#why-mix-experts',
  routerLearns: '/learn/mixture-of-experts#how-does-the-router-learn',
  collapse: '/learn/load-balancing#why-routers-collapse',
  switchLoss: '/learn/load-balancing#the-switch-loss',
  auxFree: '/learn/load-balancing#balancing-without-an-auxiliary-loss',
  dropped: '/learn/capacity-and-parallelism#which-tokens-are-dropped',
  capacity: '/learn/capacity-and-parallelism#choosing-the-capacity-factor',
  shared: '/learn/modern-moe-llms#deepseekmoe-2024-smaller-experts-and-some-that-are-always-on',
  loss: '/learn/next-token-prediction#the-loss-next-token-cross-entropy',
} as const;

/** MoE and dense held-out figures closer than this (bits/char) read as "about the same": a few hundredths is run-to-run noise here. */
export const BPC_SAME = 0.02;

const pct = (x: number) => Math.round(x * 100);
const pct1 = (x: number) => Math.round(x * 1000) / 10;
const bits = (x: number) => x.toFixed(2);

function balanceLines(r: LmCommentaryInput): CommentaryLine[] {
  const layers = r.load.map((shares, i) => ({ layer: i + 1, ...loadStats(shares) }));
  if (layers.length === 0) return [];
  // the routed experts: N, or N·m with fine-grained segments (each load row has one share per routed expert)
  const n = r.load[0].length;
  // The layer that is least even speaks for the model: one collapsed layer is a collapsed model.
  const worst = layers.reduce((a, b) => (b.maxOverMean > a.maxOverMean ? b : a));
  const vars = { layer: worst.layer, expert: worst.busiest + 1, share: pct1(worst.busiestShare), even: pct1(1 / n), times: worst.maxOverMean.toFixed(1), cv: worst.cv.toFixed(2) };
  const lines: CommentaryLine[] = [];
  if (worst.verdict === 'collapsed') {
    if (r.router === 'aux-free') lines.push({ key: 'lmStats.comment.collapseAuxFree', vars, href: LM_LESSON_LINKS.auxFree });
    else if (r.lambda === 0) lines.push({ key: 'lmStats.comment.collapseNoLambda', vars, href: LM_LESSON_LINKS.collapse });
    else lines.push({ key: 'lmStats.comment.collapse', vars: { ...vars, lambda: r.lambda }, href: LM_LESSON_LINKS.switchLoss });
  } else if (worst.verdict === 'partial') {
    lines.push({ key: 'lmStats.comment.partial', vars, href: LM_LESSON_LINKS.switchLoss });
  } else {
    lines.push({ key: layers.length > 1 ? 'lmStats.comment.balancedLayers' : 'lmStats.comment.balanced', vars, href: LM_LESSON_LINKS.switchLoss });
  }
  const idle = layers.reduce((a, b) => (b.idle > a.idle ? b : a));
  if (idle.idle > 0) {
    lines.push({ key: 'lmStats.comment.idle', vars: { idle: idle.idle, n, layer: idle.layer, threshold: pct1(IDLE_FRACTION / n) }, href: LM_LESSON_LINKS.collapse });
  }
  return lines;
}

function capacityLines(r: LmCommentaryInput): CommentaryLine[] {
  if (r.capacity === 0) return [];
  const lines: CommentaryLine[] = [];
  // Slots CF·T·K/N per expert hold CF·T·K of the T·K assignments in all: below CF = 1 at least
  // 1 − CF of them drop even when the load is perfectly even (ignoring the rounding up of slots).
  if (r.capacity < 1) lines.push({ key: 'lmStats.comment.capacityBelowOne', vars: { capacity: r.capacity, least: pct(1 - r.capacity) }, href: LM_LESSON_LINKS.capacity });
  // before a step there is no step to speak of (a checkpoint's routed text marks its drops already)
  if (r.dropped === null) return lines;
  if (r.dropped > 0) lines.push({ key: 'lmStats.comment.dropped', vars: { capacity: r.capacity, share: pct1(r.dropped) }, href: LM_LESSON_LINKS.dropped });
  else lines.push({ key: 'lmStats.comment.noDrops', vars: { capacity: r.capacity }, href: LM_LESSON_LINKS.capacity });
  return lines;
}

function bpcLines(r: LmCommentaryInput): CommentaryLine[] {
  const lines: CommentaryLine[] = [];
  if (r.heldoutBpc === null) return lines;
  if (r.denseHeldoutBpc !== null && r.experts > 1) {
    const diff = r.heldoutBpc - r.denseHeldoutBpc;
    const vars = { moe: bits(r.heldoutBpc), dense: bits(r.denseHeldoutBpc), diff: bits(Math.abs(diff)) };
    const key: MessageKey = Math.abs(diff) < BPC_SAME ? 'lmStats.comment.denseSame' : diff < 0 ? 'lmStats.comment.moeBetter' : 'lmStats.comment.denseBetter';
    lines.push({ key, vars, href: LM_LESSON_LINKS.whyMix });
  }
  if (r.unigramBits !== null) {
    const below = r.unigramBits - r.heldoutBpc;
    const vars = { bpc: bits(r.heldoutBpc), unigram: bits(r.unigramBits), below: bits(below) };
    lines.push({ key: below > 0 ? 'lmStats.comment.belowUnigram' : 'lmStats.comment.aboveUnigram', vars, href: LM_LESSON_LINKS.loss });
  }
  return lines;
}

/** The widget's state → the lines of commentary, most important first. */
export function lmCommentary(r: LmCommentaryInput): CommentaryLine[] {
  if (r.step === 0) return [{ key: 'lmStats.comment.start', vars: {}, href: LM_LESSON_LINKS.routerLearns }];
  if (r.experts < 2) return [{ key: 'lmStats.comment.dense', vars: {}, href: LM_LESSON_LINKS.whereMoe }, ...bpcLines(r)];
  const lines = [...balanceLines(r), ...capacityLines(r)];
  if (r.router === 'aux-free') lines.push({ key: 'lmStats.comment.auxFree', vars: { lambda: r.lambda, gamma: r.gamma }, href: LM_LESSON_LINKS.auxFree });
  if (r.shared) lines.push({ key: 'lmStats.comment.shared', vars: { k: r.k }, href: LM_LESSON_LINKS.shared });
  return [...lines, ...bpcLines(r)];
}
