import { countParameters } from '@/lib/math';
import type { ExerciseTest } from '@/lib/exercises/types';

interface Config {
  layers: number;
  dModel: number;
  vocab: number;
  experts: number;
  topK: number;
  expertHidden: number;
  tiedEmbeddings: boolean;
}

function expected(c: Config) {
  const { total, active } = countParameters({
    ...c,
    crossAttentionLayers: 0,
    attention: { kind: 'mha' },
    ffn: 'swiglu',
    denseHidden: c.expertHidden,
    sharedExperts: 0,
    denseLayers: 0,
    moeEvery: 1,
  });
  return { total, active };
}

const cases: [Config, boolean, string?][] = [
  [{ layers: 1, dModel: 4, vocab: 10, experts: 2, topK: 1, expertHidden: 8, tiedEmbeddings: true }, false],
  [{ layers: 2, dModel: 8, vocab: 100, experts: 4, topK: 2, expertHidden: 16, tiedEmbeddings: false }, false],
  [{ layers: 32, dModel: 4096, vocab: 32000, experts: 8, topK: 2, expertHidden: 14336, tiedEmbeddings: false }, true, 'Mixtral-shaped, but with full multi-head attention'],
  [{ layers: 12, dModel: 768, vocab: 50000, experts: 64, topK: 1, expertHidden: 3072, tiedEmbeddings: true }, true],
  [{ layers: 3, dModel: 16, vocab: 1, experts: 16, topK: 16, expertHidden: 4, tiedEmbeddings: true }, true, 'k = N: total = active'],
];

export const tests: ExerciseTest[] = cases.map(([c, hidden, note]) => ({
  call: 'moeParameters',
  args: [c],
  expected: expected(c),
  tolerance: 1e-12,
  hidden,
  ...(note ? { note } : {}),
}));
