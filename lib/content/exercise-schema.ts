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

/** The files every exercise folder must hold. */
export const EXERCISE_FILES = ['prompt.md', 'starter.ts', 'solution.ts', 'tests.ts'] as const;
