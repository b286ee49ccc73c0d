import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, datasetClasses, gridPoints, makeDataset } from './datasets';

describe('makeDataset', () => {
  it.each(DATASET_NAMES)('%s is determined by its seed', (name) => {
    const a = makeDataset(name, { n: 200, noise: 0.05, seed: 3 });
    expect(makeDataset(name, { n: 200, noise: 0.05, seed: 3 })).toEqual(a);
    expect(makeDataset(name, { n: 200, noise: 0.05, seed: 4 }).points).not.toEqual(a.points);
  });

  it.each(DATASET_NAMES)('%s has balanced classes and points in about [-1, 1]²', (name) => {
    const { points, labels, numClasses } = makeDataset(name, { n: 203, noise: 0.05, seed: 1 });
    expect(numClasses).toBe(name === 'blobs' ? 4 : 2);
    expect(datasetClasses(name)).toBe(numClasses);
    expect(points).toHaveLength(203);
    const counts = Array.from({ length: numClasses }, (_, c) => labels.filter((l) => l === c).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    for (const [x, y] of points) {
      expect(Math.abs(x)).toBeLessThan(1.3);
      expect(Math.abs(y)).toBeLessThan(1.3);
    }
  });

  it('shuffles the order, so classes are not grouped', () => {
    const { labels } = makeDataset('circles', { n: 100, noise: 0, seed: 2 });
    expect(labels.slice(0, 50).filter((l) => l === 0).length).toBeLessThan(40);
  });

  it('rejects bad sizes and noise', () => {
    expect(() => makeDataset('xor', { n: 0, noise: 0, seed: 1 })).toThrow(RangeError);
    expect(() => makeDataset('xor', { n: 10, noise: -1, seed: 1 })).toThrow(RangeError);
  });
});

describe('gridPoints', () => {
  it('puts cell centres row-major from the bottom-left', () => {
    const g = gridPoints(4);
    expect(Array.from(g.slice(0, 4))).toEqual([-0.75, -0.75, -0.25, -0.75]);
    expect(Array.from(g.slice(-2))).toEqual([0.75, 0.75]);
  });
});
