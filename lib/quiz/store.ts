import { emptyProgress, parseProgress, type Progress } from './progress-schema';
import { repairProgress } from './scheduler';

/** The part of the Web Storage API the store uses; tests pass an in-memory fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const PROGRESS_KEY = 'moe-lab:progress';
/** Where unreadable saved progress is moved, so it can still be downloaded. */
export const DAMAGED_KEY = 'moe-lab:progress:damaged';

/**
 * Why progress is not (only) where it should be: `unavailable` — the browser refuses storage;
 * `full` — the quota is exceeded; `damaged` — the saved data could not be read and was moved aside;
 * `damaged-held` — it could not be read and storage had no room to move it, so it stays where it
 * was and new answers are held in memory until the learner downloads or deletes it; `repaired` —
 * some saved review dates or numbers were impossible (a clock that ran fast) and were corrected.
 */
export type ProgressNotice = StoreNotice | 'damaged-held' | 'repaired';
/** The notices any store of this site can give (the exercise drafts store shares them). */
export type StoreNotice = 'unavailable' | 'full' | 'damaged';

/**
 * Where the damaged text is: `aside` — under DAMAGED_KEY; `in-place` — still under PROGRESS_KEY,
 * which is then never written; `memory` — in this tab only (released after a download).
 */
export type DamagedPlace = 'aside' | 'in-place' | 'memory';

/** A snapshot of the store; replaced, never mutated, on every change. */
export interface ProgressState {
  progress: Progress;
  /** false while progress lives in memory only and is lost with the tab */
  persistent: boolean;
  notices: ProgressNotice[];
  /** the unreadable text (kept for export), or null */
  damaged: string | null;
  /** where `damaged` lives; null when there is none */
  damagedPlace: DamagedPlace | null;
}

/** Progress held in memory and mirrored to storage whenever storage works. */
export interface ProgressStore {
  getState(): ProgressState;
  subscribe(listener: () => void): () => void;
  /** applies `change` and saves the result */
  update(change: (progress: Progress) => Progress): void;
  /** forgets all progress */
  clear(): void;
  /** deletes the damaged copy once the learner has no more use for it */
  discardDamaged(): void;
  /**
   * The learner has downloaded the damaged copy: storage may now be overwritten with the answers
   * held in memory; the copy stays in memory for this tab.
   */
  releaseDamaged(): void;
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

const withNotice = (notices: ProgressNotice[], notice: ProgressNotice) => (notices.includes(notice) ? notices : [...notices, notice]);

/**
 * Opens the progress store. `openStorage` may throw or return null (storage disabled): the store
 * then works in memory and says so. Saved data that is not valid JSON or not a valid progress
 * document is moved to DAMAGED_KEY and reported; nothing here throws.
 */
export function createProgressStore(openStorage: () => StorageLike | null | undefined, clock: () => Date = () => new Date()): ProgressStore {
  let storage: StorageLike | null = null;
  let state: ProgressState = { progress: emptyProgress(), persistent: false, notices: [], damaged: null, damagedPlace: null };
  const listeners = new Set<() => void>();

  const set = (next: Partial<ProgressState>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };

  try {
    storage = openStorage() ?? null;
  } catch {
    storage = null;
  }
  if (!storage) {
    state = { ...state, notices: ['unavailable'] };
  } else {
    try {
      const earlier = storage.getItem(DAMAGED_KEY);
      state = { ...state, persistent: true, damaged: earlier, damagedPlace: earlier === null ? null : 'aside', ...load(storage) };
    } catch {
      storage = null;
      state = { ...state, persistent: false, notices: ['unavailable'] };
    }
  }

  function load(from: StorageLike): Pick<ProgressState, 'progress'> & Partial<ProgressState> {
    const raw = from.getItem(PROGRESS_KEY);
    if (raw === null) return { progress: emptyProgress() };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      data = undefined;
    }
    const parsed = data === undefined ? null : parseProgress(data);
    if (parsed?.ok) {
      const { progress, repaired } = repairProgress(parsed.progress, clock());
      return repaired > 0 ? { progress, notices: ['repaired'] } : { progress };
    }
    // unreadable: keep it aside for export and start afresh rather than crash or overwrite it
    try {
      from.setItem(DAMAGED_KEY, raw);
    } catch {
      // no room for a second copy (a large value and a full quota): leave it where it is and
      // write nothing over it until the learner has downloaded or deleted it
      return { progress: emptyProgress(), persistent: false, notices: ['damaged-held'], damaged: raw, damagedPlace: 'in-place' };
    }
    try {
      from.removeItem(PROGRESS_KEY);
    } catch {
      // the copy is aside already; the next save overwrites the original
    }
    return { progress: emptyProgress(), notices: ['damaged'], damaged: raw, damagedPlace: 'aside' };
  }

  function save(progress: Progress) {
    if (!storage || state.damagedPlace === 'in-place') return set({ progress });
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
      set({ progress, persistent: true, notices: state.notices.filter((n) => n !== 'full') });
    } catch (error) {
      set({ progress, persistent: false, notices: withNotice(state.notices, isQuotaError(error) ? 'full' : 'unavailable') });
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change) => save(change(state.progress)),
    clear: () => save(emptyProgress()),
    discardDamaged() {
      try {
        storage?.removeItem(state.damagedPlace === 'in-place' ? PROGRESS_KEY : DAMAGED_KEY);
      } catch {
        // nothing to do: the in-memory copy is dropped below either way
      }
      const held = state.damagedPlace === 'in-place';
      set({ damaged: null, damagedPlace: null, notices: state.notices.filter((n) => n !== 'damaged' && n !== 'damaged-held') });
      if (held) save(state.progress);
    },
    releaseDamaged() {
      if (state.damagedPlace !== 'in-place') return;
      set({ damagedPlace: 'memory', notices: state.notices.filter((n) => n !== 'damaged-held') });
      save(state.progress);
    },
  };
}
