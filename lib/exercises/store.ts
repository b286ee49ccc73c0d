import { z } from 'zod';
import type { StorageLike, StoreNotice } from '@/lib/quiz/store';

/** Where exercise drafts and solved marks are kept (next to the quiz's `moe-lab:progress`). */
export const EXERCISES_KEY = 'moe-lab:exercises';
/** Where saved entries that cannot be read are moved, so none is lost with the rest. */
export const EXERCISES_DAMAGED_KEY = 'moe-lab:exercises:damaged';
export const EXERCISES_VERSION = 1;
/** Drafts longer than this are not saved (storage quotas are a few MB for the whole site). */
export const MAX_DRAFT_LENGTH = 50_000;

const idSchema = z.string().min(1);
const draftSchema = z.string().max(MAX_DRAFT_LENGTH);
/** when an exercise was first solved (ISO date) */
const solvedAtSchema = z.iso.datetime();

export interface SavedExercises {
  version: typeof EXERCISES_VERSION;
  drafts: Record<string, string>;
  solved: Record<string, string>;
}

/** Entries of the saved document moved aside at load: how many, whether a copy is in storage, and whether it was the whole document. */
export interface SetAside {
  count: number;
  kept: boolean;
  whole: boolean;
}

export interface ExerciseState {
  saved: SavedExercises;
  /** false while drafts live in memory only */
  persistent: boolean;
  /** storage problems (`damaged` is reported through `setAside`) */
  notices: Exclude<StoreNotice, 'damaged'>[];
  setAside: SetAside | null;
  /** the latest draft refused for its length, until a draft of that exercise is saved again */
  tooLong: { id: string; length: number } | null;
}

export interface ExerciseStore {
  getState(): ExerciseState;
  subscribe(listener: () => void): () => void;
  saveDraft(id: string, code: string): void;
  clearDraft(id: string): void;
  markSolved(id: string, at?: Date): void;
}

const empty = (): SavedExercises => ({ version: EXERCISES_VERSION, drafts: {}, solved: {} });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The readable entries of one field (`drafts` or `solved`); each unreadable one goes to `bad` under `field.id`. */
function readEntries(field: string, value: unknown, schema: z.ZodType<string>, bad: Record<string, unknown>): Record<string, string> {
  const good: Record<string, string> = {};
  if (value === undefined) return good;
  if (!isRecord(value)) {
    bad[field] = value;
    return good;
  }
  for (const [id, entry] of Object.entries(value)) {
    if (idSchema.safeParse(id).success && schema.safeParse(entry).success) good[id] = entry as string;
    else bad[`${field}.${id}`] = entry;
  }
  return good;
}

/**
 * Splits saved text into what can be read and what cannot, entry by entry: one bad draft or
 * solved date no longer costs every other one. Text that is not JSON, not an object or from
 * another version is set aside whole (`whole`), as `document`.
 */
export function readSaved(raw: string): { saved: SavedExercises; bad: Record<string, unknown>; whole: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { saved: empty(), bad: { document: raw }, whole: true };
  }
  if (!isRecord(data) || data.version !== EXERCISES_VERSION) return { saved: empty(), bad: { document: data }, whole: true };
  const bad: Record<string, unknown> = {};
  const saved: SavedExercises = {
    version: EXERCISES_VERSION,
    drafts: readEntries('drafts', data.drafts, draftSchema, bad),
    solved: readEntries('solved', data.solved, solvedAtSchema, bad),
  };
  for (const [key, value] of Object.entries(data)) if (!(key in saved)) bad[key] = value;
  return { saved, bad, whole: false };
}

/** The damaged store's new text: earlier set-aside records (kept as they are, even unreadable) plus this one. */
function appendSetAside(previous: string | null, bad: Record<string, unknown>, at: Date): string {
  let records: unknown[] = [];
  if (previous !== null) {
    try {
      const parsed: unknown = JSON.parse(previous);
      records = Array.isArray(parsed) ? parsed : [{ at: null, entries: { document: previous } }];
    } catch {
      records = [{ at: null, entries: { document: previous } }];
    }
  }
  return JSON.stringify([...records, { at: at.toISOString(), entries: bad }]);
}

/**
 * The same approach as the quiz's progress store: one JSON document in localStorage, validated
 * on load, mirrored on every change, held in memory (with a notice) when storage refuses.
 * Entries that cannot be read are moved to EXERCISES_DAMAGED_KEY before the cleaned document
 * replaces them, and the state says whether that copy could be kept; nothing here throws.
 */
export function createExerciseStore(openStorage: () => StorageLike | null | undefined, now: () => Date = () => new Date()): ExerciseStore {
  let storage: StorageLike | null = null;
  let state: ExerciseState = { saved: empty(), persistent: false, notices: [], setAside: null, tooLong: null };
  const listeners = new Set<() => void>();

  try {
    storage = openStorage() ?? null;
  } catch {
    storage = null;
  }
  if (!storage) state = { ...state, notices: ['unavailable'] };
  else {
    try {
      state = { ...state, persistent: true, ...load(storage) };
    } catch {
      storage = null;
      state = { ...state, notices: ['unavailable'] };
    }
  }

  function load(from: StorageLike): Pick<ExerciseState, 'saved' | 'setAside'> {
    const raw = from.getItem(EXERCISES_KEY);
    if (raw === null) return { saved: empty(), setAside: null };
    const { saved, bad, whole } = readSaved(raw);
    const count = Object.keys(bad).length;
    if (!count) return { saved, setAside: null };
    const copy = () => from.setItem(EXERCISES_DAMAGED_KEY, appendSetAside(from.getItem(EXERCISES_DAMAGED_KEY), bad, now()));
    let kept = attempt(copy);
    // the cleaned document is smaller: writing it first may free the room the copy needs
    attempt(() => from.setItem(EXERCISES_KEY, JSON.stringify(saved)));
    if (!kept) kept = attempt(copy);
    return { saved, setAside: { count, kept, whole } };
  }

  function save(saved: SavedExercises, tooLong: ExerciseState['tooLong'] = state.tooLong) {
    let { persistent, notices } = state;
    if (storage) {
      try {
        storage.setItem(EXERCISES_KEY, JSON.stringify(saved));
        persistent = true;
        notices = notices.filter((n) => n !== 'full');
      } catch (error) {
        persistent = false;
        const notice = error instanceof Error && error.name === 'QuotaExceededError' ? 'full' : 'unavailable';
        if (!notices.includes(notice)) notices = [...notices, notice];
      }
    }
    state = { ...state, saved, persistent, notices, tooLong };
    listeners.forEach((listener) => listener());
  }

  function setTooLong(tooLong: ExerciseState['tooLong']) {
    state = { ...state, tooLong };
    listeners.forEach((listener) => listener());
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveDraft(id, code) {
      // refused, and said so: the last saved draft stays
      if (code.length > MAX_DRAFT_LENGTH) return setTooLong({ id, length: code.length });
      const tooLong = state.tooLong?.id === id ? null : state.tooLong;
      if (state.saved.drafts[id] !== code) save({ ...state.saved, drafts: { ...state.saved.drafts, [id]: code } }, tooLong);
      else if (tooLong !== state.tooLong) setTooLong(tooLong);
    },
    clearDraft(id) {
      if (!(id in state.saved.drafts)) return;
      const drafts = { ...state.saved.drafts };
      delete drafts[id];
      save({ ...state.saved, drafts });
    },
    markSolved(id, at = now()) {
      if (state.saved.solved[id]) return;
      save({ ...state.saved, solved: { ...state.saved.solved, [id]: at.toISOString() } });
    },
  };
}

function attempt(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    return false;
  }
}
