import { parseProgress, type Progress } from './progress-schema';
import { repairProgress } from './scheduler';

/** Marks a JSON file as MoE Lab progress, so that any other JSON is refused with a clear message. */
export const EXPORT_KIND = 'moe-lab-progress';

/** Files larger than this are refused before they are read: real progress is far smaller. */
export const MAX_IMPORT_BYTES = 5_000_000;

/** Why an import was refused; each has its own message in the UI. */
export type ImportProblem = 'not-json' | 'not-progress' | 'newer' | 'invalid';

/** `repaired`: cards of the file ts-fsrs could not have scheduled, corrected as at load (`repairProgress`). */
export type ImportResult = { ok: true; progress: Progress; repaired: number } | { ok: false; problem: ImportProblem; detail?: string };

/** The export file's text: the progress document wrapped with a kind marker and the time of export. */
export function exportProgress(progress: Progress, now: Date): string {
  return `${JSON.stringify({ kind: EXPORT_KIND, exportedAt: now.toISOString(), progress }, null, 2)}\n`;
}

/** A dated file name for an export, e.g. `moe-lab-progress-2025-03-01.json`. */
export function exportFileName(now: Date): string {
  return `${EXPORT_KIND}-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads an export file. Also accepts a bare progress document (what the browser stores), so a
 * hand-repaired copy of damaged data can be imported. Cards that pass the schema but that ts-fsrs
 * cannot schedule at `now` (a review in the future, stability 1e308) are repaired exactly as saved
 * progress is at load, and counted. Never throws.
 */
export function importProgress(text: string, now: Date): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'not-progress' };
  const record = data as Record<string, unknown>;
  const wrapped = record.kind === EXPORT_KIND;
  if (!wrapped && !('version' in record && 'attempts' in record)) return { ok: false, problem: 'not-progress' };
  const parsed = parseProgress(wrapped ? record.progress : record);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, detail: parsed.detail };
  return { ok: true, ...repairProgress(parsed.progress, now) };
}
