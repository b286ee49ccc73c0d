import { z } from 'zod';
import { QUIZ_MODES, SELF_GRADES } from './response';

/** Version of the saved progress document; bump it and add a migration when the shape changes. */
export const PROGRESS_VERSION = 1;

/** Oldest attempts beyond this many are dropped, so the saved document stays far below storage quotas. */
export const MAX_ATTEMPTS = 5000;

const isoDate = z.iso.datetime();

/** A ts-fsrs `Card` as saved: the library's own field names, dates as ISO strings. */
export const storedCardSchema = z
  .object({
    due: isoDate,
    stability: z.number().nonnegative(),
    difficulty: z.number().nonnegative(),
    elapsed_days: z.number().nonnegative(),
    scheduled_days: z.number().nonnegative(),
    learning_steps: z.number().int().nonnegative(),
    reps: z.number().int().nonnegative(),
    lapses: z.number().int().nonnegative(),
    state: z.number().int().min(0).max(3),
    last_review: isoDate.optional(),
  })
  .strict();

/** One answered question. */
export const attemptSchema = z
  .object({
    questionId: z.string().min(1),
    // a plain string, not the topic enum: a renamed topic must not make old progress unreadable
    topic: z.string().min(1),
    correct: z.boolean(),
    grade: z.enum(SELF_GRADES),
    mode: z.enum(QUIZ_MODES),
    at: isoDate,
  })
  .strict();

/** Everything the quiz remembers about a learner: the attempt history and one FSRS card per question. */
export const progressSchema = z
  .object({
    version: z.literal(PROGRESS_VERSION),
    attempts: z.array(attemptSchema),
    cards: z.record(z.string().min(1), storedCardSchema),
  })
  .strict();

export type StoredCard = z.infer<typeof storedCardSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type Progress = z.infer<typeof progressSchema>;

/** Progress of a learner who has answered nothing yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, attempts: [], cards: {} };
}

/** Why saved or imported data could not be read. */
export type ProgressProblem = 'invalid' | 'newer';

/**
 * Reads a progress document of any known version (migrating older ones when there are some);
 * a document from a newer version of the site is refused rather than guessed at.
 */
export function parseProgress(data: unknown): { ok: true; progress: Progress } | { ok: false; problem: ProgressProblem; detail: string } {
  const version = typeof data === 'object' && data !== null && 'version' in data ? (data as { version: unknown }).version : undefined;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return { ok: false, problem: 'newer', detail: `version ${version} is newer than ${PROGRESS_VERSION}` };
  }
  const result = progressSchema.safeParse(data);
  if (result.success) return { ok: true, progress: result.data };
  const issue = result.error.issues[0];
  return { ok: false, problem: 'invalid', detail: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
