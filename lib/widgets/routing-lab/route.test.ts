import { describe, expect, it } from 'vitest';
import { dispatchWithCapacity, expertCapacity, expertChoice, noisyTopKGating, routeTopK, routeTopP, softmaxRows } from '@/lib/math';
import { routeSequence, type RoutingInput } from './route';
import { DEFAULT_SENTENCE, tokenize, toyLogits } from './tokens';

const logits = toyLogits(tokenize(DEFAULT_SENTENCE), 8, 1, 1);
const BASE: RoutingInput = { logits, mode: 'top-k', k: 2, renormalize: true, capacityFactor: 1, threshold: 0.6, shared: 0, noise: false, seed: 1, bias: null };

describe('routeSequence, token choice (top-K)', () => {
  it('keeps and drops exactly what dispatchWithCapacity keeps and drops', () => {
    for (const capacityFactor of [0.5, 1, 1.25, 2]) {
      const r = routeSequence({ ...BASE, capacityFactor });
      const route = routeTopK(logits, 2, true);
      const capacity = expertCapacity(10, 8, 2, capacityFactor);
      const dispatch = dispatchWithCapacity(route.indices, 8, capacity);
      expect(r.indices).toEqual(route.indices);
      expect(r.kept).toEqual(dispatch.kept);
      expect(r.load).toEqual(dispatch.load);
      expect(r.capacity).toBe(capacity);
      expect(r.dropped).toBe(dispatch.kept.flat().filter((k) => !k).length);
    }
  });

  it('drops something at the default capacity factor with a skewed router (the lab has something to show)', () => {
    expect(routeSequence(BASE).dropped).toBeGreaterThan(0);
  });

  it('fills each buffer in slot-major priority: kept assignments first, then the overflow', () => {
    const r = routeSequence({ ...BASE, capacityFactor: 0.5 });
    r.buffers.forEach((buffer, e) => {
      const kept = buffer.filter((a) => a.kept);
      expect(kept).toHaveLength(r.load[e]);
      expect(buffer.slice(0, kept.length)).toEqual(kept);
      const order = buffer.map((a) => a.rank * 1000 + a.token);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const a of buffer) expect(a.weight).toBe(r.weights[a.token][e]);
    });
  });

  it('without a capacity factor keeps every assignment', () => {
    const r = routeSequence({ ...BASE, capacityFactor: 0 });
    expect(r.capacity).toBeNull();
    expect(r.dropped).toBe(0);
    expect(r.load.reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('with a zero bias selects like plain top-K', () => {
    const r = routeSequence({ ...BASE, bias: new Array(8).fill(0) });
    expect(r.indices).toEqual(routeSequence(BASE).indices);
    expect(r.weights).toEqual(routeSequence(BASE).weights);
  });

  it('reports the load-balancing loss of the selection', () => {
    expect(routeSequence(BASE).balanceLoss).toBeGreaterThan(0);
  });
});

describe('routeSequence, expert choice', () => {
  const r = routeSequence({ ...BASE, mode: 'expert-choice', capacityFactor: 1 });

  it('gives every expert exactly `capacity` tokens, the ones expertChoice picks', () => {
    const capacity = expertCapacity(10, 8, 2, 1);
    expect(r.capacity).toBe(capacity);
    expect(r.load).toEqual(new Array(8).fill(capacity));
    const picks = expertChoice(softmaxRows(logits), capacity);
    r.buffers.forEach((buffer, e) => expect(buffer.map((a) => a.token)).toEqual(picks[e]));
  });

  it('lets a token get no expert or several', () => {
    const tight = routeSequence({ ...BASE, logits: toyLogits(tokenize(DEFAULT_SENTENCE), 8, 2, 1), mode: 'expert-choice', capacityFactor: 0.5 });
    const counts = tight.indices.map((row) => row.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(8 * tight.load[0]);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBeGreaterThan(2);
  });

  it('gates with the affinity itself and drops nothing', () => {
    r.indices.forEach((row, t) => row.forEach((e) => expect(r.weights[t][e]).toBe(r.probs[t][e])));
    expect(r.dropped).toBe(0);
  });

  it('uses capacity factor 1 when none is set and never more slots than tokens', () => {
    expect(routeSequence({ ...BASE, mode: 'expert-choice', capacityFactor: 0 }).capacity).toBe(3);
    expect(routeSequence({ ...BASE, mode: 'expert-choice', capacityFactor: 4, k: 8 })).toMatchObject({ capacity: 10, requestedCapacity: 40 });
  });
});

describe('routeSequence, top-p and extras', () => {
  it('top-p gives each token the experts routeTopP selects', () => {
    const r = routeSequence({ ...BASE, mode: 'top-p', threshold: 0.5 });
    const route = routeTopP(logits, 0.5, true);
    expect(r.indices).toEqual(route.indices);
    expect(r.weights).toEqual(route.weights);
    expect(r.capacity).toBeNull();
    expect(new Set(route.counts).size).toBeGreaterThan(1);
  });

  it('noisy gating adds N(0,1)·softplus(0) to the logits; renormalised top-K equals its gates', () => {
    const r = routeSequence({ ...BASE, noise: true, capacityFactor: 0 });
    expect(r.noise?.std[0][0]).toBeCloseTo(Math.log(2), 15);
    expect(r.routerLogits).not.toEqual(logits);
    const identity = logits[0].map((_, i) => logits[0].map((__, j) => (i === j ? 1 : 0)));
    const gates = noisyTopKGating(logits, { wGate: identity, wNoise: identity.map((row) => row.map(() => 0)), k: 2, noise: r.noise?.logits.map((row, t) => row.map((h, e) => (h - logits[t][e]) / Math.log(2))) });
    gates.gates.forEach((row, t) => row.forEach((g, e) => expect(r.weights[t][e]).toBeCloseTo(g, 12)));
    expect(routeSequence({ ...BASE, noise: true }).routerLogits).toEqual(r.routerLogits);
  });

  it('shared experts take every token with gate 1', () => {
    const r = routeSequence({ ...BASE, shared: 2 });
    expect(r.sharedWeights).toEqual(logits.map(() => [1, 1]));
    expect(routeSequence(BASE).sharedWeights).toEqual(logits.map(() => []));
  });
});
