import { makeDataset, type Dataset } from '@/lib/data/datasets';
import { streamSeed } from '@/lib/data/sampling';
import { TEST_POINTS, TRAIN_POINTS } from './options';
import type { EnsembleConfig } from './protocol';

/** The training and test sets of a config (the test set is a fresh draw with its own seed). */
export function ensembleData(config: Pick<EnsembleConfig, 'dataset' | 'noise' | 'seed'>): { train: Dataset; test: Dataset } {
  return {
    train: makeDataset(config.dataset, { n: TRAIN_POINTS, noise: config.noise, seed: config.seed }),
    test: makeDataset(config.dataset, { n: TEST_POINTS, noise: config.noise, seed: streamSeed(config.seed, 9) }),
  };
}
