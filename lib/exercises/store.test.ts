import { describe, expect, it } from 'vitest';
import type { StorageLike } from '@/lib/quiz/store';
import { EXERCISES_KEY, createExerciseStore } from './store';

function memory(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

describe('createExerciseStore', () => {
  it('saves drafts and solved marks and reads them back', () => {
    const storage = memory();
    const store = createExerciseStore(() => storage);
    store.saveDraft('stable-softmax', 'export const x = 1;');
    store.markSolved('stable-softmax', new Date('2026-01-02T03:04:05Z'));
    const again = createExerciseStore(() => storage).getState();
    expect(again.saved.drafts['stable-softmax']).toBe('export const x = 1;');
    expect(again.saved.solved).toEqual({ 'stable-softmax': '2026-01-02T03:04:05.000Z' });
    store.clearDraft('stable-softmax');
    expect(createExerciseStore(() => storage).getState().saved.drafts).toEqual({});
  });

  it('keeps working in memory, with a notice, when storage throws', () => {
    const store = createExerciseStore(() => {
      throw new Error('SecurityError');
    });
    store.saveDraft('a', 'code');
    expect(store.getState()).toMatchObject({ persistent: false, notices: ['unavailable'] });
    expect(store.getState().saved.drafts.a).toBe('code');
    const broken: StorageLike = { getItem: () => null, setItem: () => { throw new Error('nope'); }, removeItem: () => {} };
    const store2 = createExerciseStore(() => broken);
    store2.saveDraft('a', 'code');
    expect(store2.getState()).toMatchObject({ persistent: false, notices: ['unavailable'] });
  });

  it('replaces unreadable saved data and says so', () => {
    const store = createExerciseStore(() => memory({ [EXERCISES_KEY]: '{not json' }));
    expect(store.getState()).toMatchObject({ notices: ['damaged'], saved: { drafts: {}, solved: {} } });
  });
});
