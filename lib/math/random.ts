import { checkInteger } from './validate';

/** A seeded pseudo-random source; every draw is a pure function of the seed and the call order. */
export interface Random {
  /** uniform in [0, 1) with 32-bit resolution */
  next(): number;
  /** standard normal N(0, 1) by Box–Muller; consumes exactly two `next()` draws */
  normal(): number;
  /** uniform integer in [0, maxExclusive); maxExclusive an integer in [1, 2³²] */
  int(maxExclusive: number): number;
  /** a shuffled copy of `items` (Fisher–Yates); the input is not changed */
  shuffle<T>(items: readonly T[]): T[];
  /** one element of a non-empty `items`, uniformly */
  choice<T>(items: readonly T[]): T;
}

const TWO_POW_32 = 4294967296;

// 32-bit integer finaliser (two multiply-xorshift rounds) to spread the seed's bits
function mix32(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Seeded PRNG: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand) seeded by a
 * 32-bit hash of the seed. `next()` and `int()` use only 32-bit integer arithmetic (`Math.imul`,
 * shifts), so they are bit-identical on every JavaScript engine; `normal()` uses `Math.log`,
 * `Math.sqrt` and `Math.cos`, which engines may round differently in the last bit.
 *
 * $$z = \sqrt{-2 \ln u_1}\, \cos(2\pi u_2),\qquad u_1 \in (0, 1],\ u_2 \in [0, 1)$$
 *
 * Source: Box & Muller 1958, "A Note on the Generation of Random Normal Deviates",
 * Ann. Math. Statist. 29(2):610–611.
 */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / TWO_POW_32) >>> 0;
  let a = mix32(low ^ 0x9e3779b9);
  let b = mix32(high ^ 0x85ebca6b);
  let c = mix32(a ^ b ^ 0xc2b2ae35);
  let d = 1; // sfc32's counter: guarantees a period of at least 2^32

  function nextUint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // warm up so that nearby seeds decorrelate
  for (let i = 0; i < 12; i++) nextUint32();

  const next = (): number => nextUint32() / TWO_POW_32;
  const int = (maxExclusive: number): number => {
    checkInteger(maxExclusive, 'maxExclusive', 1, TWO_POW_32);
    return Math.floor(next() * maxExclusive);
  };
  return {
    next,
    normal() {
      const u1 = 1 - next();
      const u2 = next();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    choice<T>(items: readonly T[]): T {
      if (!Array.isArray(items) || items.length === 0) throw new RangeError('items must be a non-empty array');
      return items[int(items.length)];
    },
  };
}
