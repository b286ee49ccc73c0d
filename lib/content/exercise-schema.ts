import { z } from 'zod';
import { DIFFICULTIES, QUIZ_TOPICS } from './quiz-schema';
import { SLUG_PATTERN } from './lesson-schema';

/** Front matter of `content/exercises/<id>/prompt.md`. */
export const exerciseMetaSchema = z
  .object({
    title: z.string().min(1),
    order: z.number().int().min(1),
    topic: z.enum(QUIZ_TOPICS),
    difficulty: z.enum(DIFFICULTIES),
    usesTfjs: z.boolean().default(false),
    hints: z.array(z.string().min(1)).default([]),
    lesson: z.string().regex(SLUG_PATTERN).optional(),
  })
  .strict();

export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

/** One test of `tests.ts` (see lib/exercises/types.ts): a call and the value it must return. */
export const exerciseTestSchema = z
  .object({
    call: z.string().regex(/^[A-Za-z_$][\w$]*$/),
    args: z.array(z.unknown()),
    expected: z.unknown().refine((v) => v !== undefined, 'expected must be a value'),
    tolerance: z.number().positive().max(1).optional(),
    hidden: z.boolean().optional(),
    note: z.string().min(1).optional(),
  })
  .strict();

/** What `tests.ts` exports as `tests`: visible tests (shown on Run) and hidden ones (Submit only). */
export const exerciseTestsSchema = z
  .array(exerciseTestSchema)
  .refine((tests) => tests.some((t) => !t.hidden), 'needs at least one visible test')
  .refine((tests) => tests.some((t) => t.hidden), 'needs at least one hidden test');

/** The files every exercise folder must hold. */
export const EXERCISE_FILES = ['prompt.md', 'starter.ts', 'solution.ts', 'tests.ts'] as const;
