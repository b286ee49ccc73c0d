import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/math';
import { parseExample, sampleBatch, SEPARATOR, solveTask, taskSequence } from './tasks';

describe('sequence tasks', () => {
  it('solves copy, reverse and sort', () => {
    expect(solveTask('copy', [3, 1, 2])).toEqual([3, 1, 2]);
    expect(solveTask('reverse', [3, 1, 2])).toEqual([2, 1, 3]);
    expect(solveTask('sort', [3, 1, 2, 1])).toEqual([1, 1, 2, 3]);
  });

  it('lays out input, separator and answer', () => {
    expect(taskSequence('reverse', [1, 2, 3])).toEqual([1, 2, 3, SEPARATOR, 3, 2, 1]);
  });

  it('samples inputs of 2L tokens and the L answer digits, reproducibly', () => {
    const a = sampleBatch('reverse', 4, 3, createRandom(5));
    expect(a.inputs.length).toBe(3 * 8);
    expect(a.targets.length).toBe(3 * 4);
    for (let b = 0; b < 3; b++) {
      const inputs = Array.from(a.inputs.slice(b * 8, b * 8 + 8));
      const digits = inputs.slice(0, 4);
      expect(inputs[4]).toBe(SEPARATOR);
      expect(Array.from(a.targets.slice(b * 4, b * 4 + 4))).toEqual([...digits].reverse());
      // Teacher forcing: after the separator the input holds the answer shifted by one.
      expect(inputs.slice(5)).toEqual([...digits].reverse().slice(0, 3));
    }
    expect(sampleBatch('reverse', 4, 3, createRandom(5))).toEqual(a);
  });

  it('validates a typed example', () => {
    expect(parseExample('12 34 56', 6)).toEqual({ digits: [1, 2, 3, 4, 5, 6] });
    expect(parseExample('12a456', 6)).toEqual({ error: 'use digits 0–9 only' });
    expect(parseExample('1234', 6)).toEqual({ error: 'type exactly 6 digits (got 4)' });
  });
});
