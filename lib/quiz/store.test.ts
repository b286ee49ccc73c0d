import { describe, expect, it } from 'vitest';
import { emptyProgress } from './progress-schema';
import { recordAnswer } from './record';
import { createProgressStore, DAMAGED_KEY, PROGRESS_KEY, type StorageLike } from './store';
import { FIXTURES } from './test-fixtures';

const NOW = new Date('2025-03-01T12:00:00.000Z');
const answer = (p = emptyProgress()) => recordAnswer(p, { question: FIXTURES.single, correct: true, mode: 'practice' }, NOW);

/** A Map-backed Storage; `failWith` makes every write throw an error of that name. */
function fakeStorage(initial: Record<string, string> = {}, failWith?: string) {
  const data = new Map(Object.entries(initial));
  const storage: StorageLike = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (failWith) throw new DOMException('refused', failWith);
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return { storage, data };
}

describe('createProgressStore', () => {
  it('starts empty, saves each update and reads it back in a new store', () => {
    const { storage, data } = fakeStorage();
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({ progress: emptyProgress(), persistent: true, notices: [] });
    store.update(answer);
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '')).toEqual(store.getState().progress);
    expect(createProgressStore(() => storage).getState().progress).toEqual(store.getState().progress);
  });

  it('notifies subscribers with a new snapshot and stops after unsubscribe', () => {
    const store = createProgressStore(() => fakeStorage().storage);
    const seen: unknown[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getState()));
    const before = store.getState();
    store.update(answer);
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(before);
    unsubscribe();
    store.clear();
    expect(seen).toHaveLength(1);
    expect(store.getState().progress).toEqual(emptyProgress());
  });

  it('falls back to memory with a notice when opening storage throws or gives none', () => {
    for (const open of [() => { throw new DOMException('denied', 'SecurityError'); }, () => null]) {
      const store = createProgressStore(open);
      expect(store.getState()).toMatchObject({ persistent: false, notices: ['unavailable'] });
      store.update(answer);
      expect(store.getState().progress.attempts).toHaveLength(1);
    }
  });

  it('falls back to memory when reading throws', () => {
    const store = createProgressStore(() => ({ ...fakeStorage().storage, getItem: () => { throw new Error('denied'); } }));
    expect(store.getState()).toMatchObject({ persistent: false, notices: ['unavailable'] });
  });

  it('keeps working in memory and says "full" when the quota is exceeded, and recovers', () => {
    const { storage, data } = fakeStorage();
    let full = true;
    const store = createProgressStore(() => ({
      ...storage,
      setItem: (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        storage.setItem(k, v);
      },
    }));
    store.update(answer);
    expect(store.getState()).toMatchObject({ persistent: false, notices: ['full'] });
    expect(store.getState().progress.attempts).toHaveLength(1);
    full = false;
    store.update(answer);
    expect(store.getState()).toMatchObject({ persistent: true, notices: [] });
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '').attempts).toHaveLength(2);
  });

  it('moves unreadable saved data aside, reports it and starts empty', () => {
    for (const bad of ['{not json', '[]', JSON.stringify({ version: 1, attempts: 'x', cards: {} }), JSON.stringify({ version: 9, attempts: [], cards: {} })]) {
      const { storage, data } = fakeStorage({ [PROGRESS_KEY]: bad });
      const store = createProgressStore(() => storage);
      expect(store.getState()).toMatchObject({ progress: emptyProgress(), notices: ['damaged'], damaged: bad, persistent: true });
      expect(data.get(DAMAGED_KEY)).toBe(bad);
      expect(data.has(PROGRESS_KEY)).toBe(false);
      store.update(answer);
      expect(data.get(DAMAGED_KEY)).toBe(bad);
      store.discardDamaged();
      expect(store.getState()).toMatchObject({ damaged: null, notices: [] });
      expect(data.has(DAMAGED_KEY)).toBe(false);
    }
  });

  it('keeps the damaged text in memory when storage cannot take the copy', () => {
    const { storage } = fakeStorage({ [PROGRESS_KEY]: 'garbage' }, 'QuotaExceededError');
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({ damaged: 'garbage', notices: ['damaged'] });
  });

  it('offers a damaged copy left by an earlier visit', () => {
    const { storage } = fakeStorage({ [DAMAGED_KEY]: 'older garbage' });
    expect(createProgressStore(() => storage).getState()).toMatchObject({ damaged: 'older garbage', notices: [] });
  });
});
