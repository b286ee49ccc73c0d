import { z } from 'zod';
import { SLUG_PATTERN } from './lesson-schema';
import { sourceSchema } from './source-schema';

export const QUIZ_TOPICS = [
  'llm-basics',
  'attention',
  'transformer',
  'moe-routing',
  'load-balancing',
  'capacity-parallelism',
  'modern-moe',
  'ensembles',
  'moe-vs-ensembles',
  'inference',
  'moe-serving',
  'design',
  'ensembles-practice',
] as const;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

const choiceSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/), text: z.string().min(1), explanation: z.string().min(1) })
  .strict();

const base = {
  id: z.string().regex(SLUG_PATTERN),
  topic: z.enum(QUIZ_TOPICS),
  difficulty: z.enum(DIFFICULTIES),
  prompt: z.string().min(1),
  explanation: z.string().min(1),
  lesson: z.string().regex(/^[a-z0-9-]+(#[a-z0-9_-]+)?$/, 'lesson must be "<slug>" or "<slug>#<anchor>"'),
  sources: z.array(sourceSchema).min(1),
};

/** One question of the bank; `type` selects how it is answered and graded. */
export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('single'), choices: z.array(choiceSchema).min(2), answer: z.string() }).strict(),
  z.object({ ...base, type: z.literal('multiple'), choices: z.array(choiceSchema).min(2), answer: z.array(z.string()).min(1) }).strict(),
  z
    .object({
      ...base,
      type: z.literal('numeric'),
      answer: z.number(),
      tolerance: z.object({ absolute: z.number().nonnegative().optional(), relative: z.number().nonnegative().optional() }).strict(),
      unit: z.string().optional(),
      /** How the tests recompute `answer` from lib/math: fn(...args), then `pick` indexes into the result. */
      compute: z
        .object({ fn: z.string().regex(/^[a-zA-Z]+$/), args: z.array(z.unknown()), pick: z.array(z.union([z.number().int(), z.string()])).default([]) })
        .strict(),
    })
    .strict(),
  z.object({ ...base, type: z.literal('order'), items: z.array(z.string().min(1)).min(2) }).strict(),
  z.object({ ...base, type: z.literal('recall'), keyPoints: z.array(z.string().min(1)).min(1) }).strict(),
  /**
   * Predict, then run: the learner commits to one of `choices`, then runs `widget` (a registry id)
   * opened at `query` (its URL state; a trained widget stops at `until`) and sees; graded by the
   * prediction. Widget and query are checked against the registry when the bank is rendered.
   */
  z
    .object({
      ...base,
      type: z.literal('predict'),
      widget: z.string().regex(/^[a-z0-9-]+$/),
      query: z.string().min(1),
      /** what to look at once the widget runs (Markdown) */
      observe: z.string().min(1),
      choices: z.array(choiceSchema).min(2),
      answer: z.string(),
    })
    .strict(),
]);

/** A quiz set file, `content/quizzes/<set>.yaml`. */
export const quizSetSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    questions: z.array(questionSchema).min(1),
  })
  .strict()
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate id "${q.id}"` });
      seen.add(q.id);
      if (q.type === 'single' || q.type === 'multiple' || q.type === 'predict') {
        const ids = new Set(q.choices.map((c) => c.id));
        const answers = q.type === 'multiple' ? q.answer : [q.answer];
        for (const a of answers)
          if (!ids.has(a)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'answer'], message: `answer "${a}" is not a choice id` });
      }
      if (q.type === 'numeric' && q.tolerance.absolute === undefined && q.tolerance.relative === undefined)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'tolerance'], message: 'give an absolute or a relative tolerance' });
    });
  });

export type Question = z.infer<typeof questionSchema>;
export type QuizSet = z.infer<typeof quizSetSchema>;
