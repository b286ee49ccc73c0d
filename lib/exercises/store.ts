import { z } from 'zod';
import type { StorageLike, StoreNotice } from '@/lib/quiz/store';

/** Where exercise drafts and solved marks are kept (next to the quiz's `moe-lab:progress`). */
export const EXERCISES_KEY = 'moe-lab:exercises';
export const EXERCISES_VERSION = 1;
/** Drafts longer than this are not saved (storage quotas are a few MB for the whole site). */
export const MAX_DRAFT_LENGTH = 50_000;

const savedSchema = z
  .object({
    version: z.literal(EXERCISES_VERSION),
    drafts: z.record(z.string().min(1), z.string().max(MAX_DRAFT_LENGTH)),
    /** exercise id → when it was first solved (ISO date) */
    solved: z.record(z.string().min(1), z.iso.datetime()),
  })
  .strict();

export type SavedExercises = z.infer<typeof savedSchema>;

export interface ExerciseState {
  saved: SavedExercises;
  /** false while drafts live in memory only */
  persistent: boolean;
  notices: StoreNotice[];
}

export interface ExerciseStore {
  getState(): ExerciseState;
  subscribe(listener: () => void): () => void;
  saveDraft(id: string, code: string): void;
  clearDraft(id: string): void;
  markSolved(id: string, at?: Date): void;
}

const empty = (): SavedExercises => ({ version: EXERCISES_VERSION, drafts: {}, solved: {} });

/**
 * The same approach as the quiz's progress store: one JSON document in localStorage, validated
 * on load, mirrored on every change, held in memory (with a notice) when storage refuses. Saved
 * data that cannot be read is replaced, and says so; nothing here throws.
 */
export function createExerciseStore(openStorage: () => StorageLike | null | undefined): ExerciseStore {
  let storage: StorageLike | null = null;
  let state: ExerciseState = { saved: empty(), persistent: false, notices: [] };
  const listeners = new Set<() => void>();

  try {
    storage = openStorage() ?? null;
  } catch {
    storage = null;
  }
  if (!storage) state = { ...state, notices: ['unavailable'] };
  else {
    try {
      const raw = storage.getItem(EXERCISES_KEY);
      let parsed: SavedExercises | null = null;
      if (raw !== null) {
        try {
          const result = savedSchema.safeParse(JSON.parse(raw));
          parsed = result.success ? result.data : null;
        } catch {
          parsed = null;
        }
      }
      state = { saved: parsed ?? empty(), persistent: true, notices: raw !== null && !parsed ? ['damaged'] : [] };
    } catch {
      storage = null;
      state = { ...state, notices: ['unavailable'] };
    }
  }

  function save(saved: SavedExercises) {
    let { persistent, notices } = state;
    if (storage) {
      try {
        storage.setItem(EXERCISES_KEY, JSON.stringify(saved));
        persistent = true;
        notices = notices.filter((n) => n !== 'full');
      } catch (error) {
        persistent = false;
        const notice: StoreNotice = error instanceof Error && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
        if (!notices.includes(notice)) notices = [...notices, notice];
      }
    }
    state = { saved, persistent, notices };
    listeners.forEach((listener) => listener());
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveDraft(id, code) {
      if (code.length > MAX_DRAFT_LENGTH || state.saved.drafts[id] === code) return;
      save({ ...state.saved, drafts: { ...state.saved.drafts, [id]: code } });
    },
    clearDraft(id) {
      if (!(id in state.saved.drafts)) return;
      const drafts = { ...state.saved.drafts };
      delete drafts[id];
      save({ ...state.saved, drafts });
    },
    markSolved(id, at = new Date()) {
      if (state.saved.solved[id]) return;
      save({ ...state.saved, solved: { ...state.saved.solved, [id]: at.toISOString() } });
    },
  };
}
