import { emptyProgress, parseProgress, type Progress } from './progress-schema';

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
 * `full` — the quota is exceeded; `damaged` — the saved data could not be read and was moved aside.
 */
export type StoreNotice = 'unavailable' | 'full' | 'damaged';

/** A snapshot of the store; replaced, never mutated, on every change. */
export interface ProgressState {
  progress: Progress;
  /** false while progress lives in memory only and is lost with the tab */
  persistent: boolean;
  notices: StoreNotice[];
  /** the unreadable text moved aside (kept for export), or null */
  damaged: string | null;
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
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

const withNotice = (notices: StoreNotice[], notice: StoreNotice) => (notices.includes(notice) ? notices : [...notices, notice]);

/**
 * Opens the progress store. `openStorage` may throw or return null (storage disabled): the store
 * then works in memory and says so. Saved data that is not valid JSON or not a valid progress
 * document is moved to DAMAGED_KEY and reported; nothing here throws.
 */
export function createProgressStore(openStorage: () => StorageLike | null | undefined): ProgressStore {
  let storage: StorageLike | null = null;
  let state: ProgressState = { progress: emptyProgress(), persistent: false, notices: [], damaged: null };
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
      state = { ...state, persistent: true, damaged: storage.getItem(DAMAGED_KEY), ...load(storage) };
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
    if (parsed?.ok) return { progress: parsed.progress };
    // unreadable: keep it aside for export and start afresh rather than crash or overwrite it
    try {
      from.setItem(DAMAGED_KEY, raw);
      from.removeItem(PROGRESS_KEY);
    } catch {
      // the copy stays in memory (state.damaged) even when storage cannot take it
    }
    return { progress: emptyProgress(), notices: ['damaged'], damaged: raw };
  }

  function save(progress: Progress) {
    if (!storage) return set({ progress });
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
        storage?.removeItem(DAMAGED_KEY);
      } catch {
        // nothing to do: the in-memory copy is dropped below either way
      }
      set({ damaged: null, notices: state.notices.filter((n) => n !== 'damaged') });
    },
  };
}
