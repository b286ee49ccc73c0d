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

/** A Map-backed Storage with a quota in characters, throwing QuotaExceededError like a browser. */
function quotaStorage(initial: Record<string, string>, quota: number) {
  const { storage, data } = fakeStorage(initial);
  const used = () => [...data.values()].reduce((n, v) => n + v.length, 0);
  const limited: StorageLike = {
    ...storage,
    setItem: (key, value) => {
      if (used() - (data.get(key)?.length ?? 0) + value.length > quota) throw new DOMException('quota', 'QuotaExceededError');
      storage.setItem(key, value);
    },
  };
  return { storage: limited, data };
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

  it('leaves a large damaged value in place when the quota refuses a copy, and never overwrites it before a download or delete', () => {
    // a 4 MB damaged value in a 5 MB quota: a second copy does not fit
    const big = `{"version":1,${'x'.repeat(4_000_000)}`;
    for (const finish of ['download', 'delete'] as const) {
      const { storage, data } = quotaStorage({ [PROGRESS_KEY]: big }, 5_000_000);
      const store = createProgressStore(() => storage);
      expect(store.getState()).toMatchObject({ damaged: big, damagedPlace: 'in-place', notices: ['damaged-held'], persistent: false });
      store.update(answer);
      store.update(answer);
      // the answers are held in memory; the damaged value is untouched
      expect(store.getState().progress.attempts).toHaveLength(2);
      expect(data.get(PROGRESS_KEY)).toBe(big);
      expect(data.has(DAMAGED_KEY)).toBe(false);
      if (finish === 'download') store.releaseDamaged();
      else store.discardDamaged();
      // now the held answers are saved over it
      expect(JSON.parse(data.get(PROGRESS_KEY) ?? '').attempts).toHaveLength(2);
      expect(store.getState()).toMatchObject({ persistent: true, notices: [] });
      expect(store.getState().damaged).toBe(finish === 'download' ? big : null);
      expect(store.getState().damagedPlace).toBe(finish === 'download' ? 'memory' : null);
    }
  });

  it('says so when every write is refused while a damaged value is held', () => {
    const { storage, data } = fakeStorage({ [PROGRESS_KEY]: 'garbage' }, 'QuotaExceededError');
    const store = createProgressStore(() => storage);
    expect(store.getState()).toMatchObject({ damaged: 'garbage', notices: ['damaged-held'] });
    store.update(answer);
    store.releaseDamaged();
    expect(store.getState()).toMatchObject({ persistent: false, notices: ['full'] });
    expect(data.get(PROGRESS_KEY)).toBe('garbage');
  });

  it('repairs saved cards ts-fsrs cannot schedule and says so', () => {
    const saved = answer();
    const card = saved.cards[FIXTURES.single.id];
    const broken = { ...saved, cards: { [FIXTURES.single.id]: { ...card, last_review: '2025-03-09T00:00:00.000Z', stability: 1e308 } } };
    const { storage } = fakeStorage({ [PROGRESS_KEY]: JSON.stringify(broken) });
    const store = createProgressStore(() => storage, () => NOW);
    expect(store.getState().notices).toEqual(['repaired']);
    expect(store.getState().progress.cards[FIXTURES.single.id]).toMatchObject({ last_review: NOW.toISOString(), stability: 36500 });
    expect(store.getState().progress.attempts).toEqual(saved.attempts);
  });

  it('offers a damaged copy left by an earlier visit', () => {
    const { storage } = fakeStorage({ [DAMAGED_KEY]: 'older garbage' });
    expect(createProgressStore(() => storage).getState()).toMatchObject({ damaged: 'older garbage', notices: [] });
  });
});
