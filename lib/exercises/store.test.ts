import { describe, expect, it } from 'vitest';
import type { StorageLike } from '@/lib/quiz/store';
import { EXERCISES_DAMAGED_KEY, EXERCISES_KEY, MAX_DRAFT_LENGTH, createExerciseStore } from './store';

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

  const doc = (drafts: Record<string, unknown>, solved: Record<string, unknown>, extra = {}) => JSON.stringify({ version: 1, drafts, solved, ...extra });
  const at = () => new Date('2026-03-04T05:06:07Z');

  it.each([
    ['an over-long draft', doc({ a: 'ok', b: 'x'.repeat(MAX_DRAFT_LENGTH + 1) }, { a: '2026-01-02T03:04:05.000Z' }), 'drafts.b'],
    ['a solved date "yesterday"', doc({ a: 'ok' }, { a: '2026-01-02T03:04:05.000Z', b: 'yesterday' }), 'solved.b'],
    ['a draft of the wrong type', doc({ a: 'ok', b: 42 }, { a: '2026-01-02T03:04:05.000Z' }), 'drafts.b'],
  ])('one bad entry (%s) is moved aside; every other draft and solved mark is kept', (_, raw, badKey) => {
    const storage = memory({ [EXERCISES_KEY]: raw });
    const state = createExerciseStore(() => storage, at).getState();
    expect(state.saved).toEqual({ version: 1, drafts: { a: 'ok' }, solved: { a: '2026-01-02T03:04:05.000Z' } });
    expect(state.setAside).toEqual({ count: 1, kept: true, whole: false });
    // the copy holds exactly the bad entry, and the saved document no longer does
    const setAside = JSON.parse(storage.data[EXERCISES_DAMAGED_KEY]);
    expect(setAside).toEqual([{ at: '2026-03-04T05:06:07.000Z', entries: { [badKey]: JSON.parse(raw)[badKey.split('.')[0]][badKey.split('.')[1]] } }]);
    expect(JSON.parse(storage.data[EXERCISES_KEY])).toEqual(state.saved);
    // read again: nothing more to set aside
    expect(createExerciseStore(() => storage, at).getState()).toMatchObject({ setAside: null, saved: state.saved });
  });

  it('a field of the wrong type and unknown keys are set aside; a second set-aside adds to the first copy', () => {
    const storage = memory({ [EXERCISES_KEY]: doc({ a: 'ok' }, { a: '2026-01-02T03:04:05.000Z' }, { solved: 'all', extra: [1] }) });
    const state = createExerciseStore(() => storage, at).getState();
    expect(state).toMatchObject({ saved: { drafts: { a: 'ok' }, solved: {} }, setAside: { count: 2, kept: true, whole: false } });
    storage.data[EXERCISES_KEY] = doc({ a: 'ok', '': 'no id' }, {});
    createExerciseStore(() => storage, at);
    expect(JSON.parse(storage.data[EXERCISES_DAMAGED_KEY]).map((r: { entries: object }) => r.entries)).toEqual([{ solved: 'all', extra: [1] }, { 'drafts.': 'no id' }]);
  });

  it('unreadable saved text is set aside whole, kept as it was, and said so', () => {
    const storage = memory({ [EXERCISES_KEY]: '{not json', [EXERCISES_DAMAGED_KEY]: 'older junk' });
    const store = createExerciseStore(() => storage, at);
    expect(store.getState()).toMatchObject({ notices: [], setAside: { count: 1, kept: true, whole: true }, saved: { drafts: {}, solved: {} } });
    expect(JSON.parse(storage.data[EXERCISES_DAMAGED_KEY])).toEqual([
      { at: null, entries: { document: 'older junk' } },
      { at: '2026-03-04T05:06:07.000Z', entries: { document: '{not json' } },
    ]);
    expect(createExerciseStore(() => memory({ [EXERCISES_KEY]: doc({}, {}, { version: 2 }) })).getState().setAside).toMatchObject({ whole: true });
  });

  it('when storage has no room for the copy, the state says it was not kept', () => {
    const storage = memory({ [EXERCISES_KEY]: doc({ a: 'ok', b: 7 }, {}) });
    const full = { ...storage, setItem: (k: string, v: string) => { if (k === EXERCISES_DAMAGED_KEY) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' }); storage.setItem(k, v); } };
    expect(createExerciseStore(() => full).getState()).toMatchObject({ saved: { drafts: { a: 'ok' } }, setAside: { count: 1, kept: false } });
  });

  it('a draft over 50,000 characters is refused and says so; a shorter one is saved and clears the notice', () => {
    const storage = memory();
    const store = createExerciseStore(() => storage);
    store.saveDraft('a', 'short');
    store.saveDraft('a', 'y'.repeat(MAX_DRAFT_LENGTH + 1));
    expect(store.getState().tooLong).toEqual({ id: 'a', length: 50_001 });
    expect(JSON.parse(storage.data[EXERCISES_KEY]).drafts.a).toBe('short');
    store.saveDraft('b', 'other');
    expect(store.getState().tooLong).toEqual({ id: 'a', length: 50_001 });
    store.saveDraft('a', 'y'.repeat(MAX_DRAFT_LENGTH));
    expect(store.getState().tooLong).toBeNull();
    expect(JSON.parse(storage.data[EXERCISES_KEY]).drafts.a).toHaveLength(MAX_DRAFT_LENGTH);
    store.saveDraft('a', 'y'.repeat(MAX_DRAFT_LENGTH + 5));
    store.saveDraft('a', 'y'.repeat(MAX_DRAFT_LENGTH));
    expect(store.getState().tooLong).toBeNull();
  });
});
