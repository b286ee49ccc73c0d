import { z } from 'zod';
import type { Question, QuizSet } from './quiz-schema';

const text = z.string().min(1);

/**
 * A quiz set's translation (`content/quizzes/<locale>/<set>.yaml`): only the text, by question id
 * and choice id; everything else (type, answer, tolerance, compute, lesson, sources, widget,
 * query, difficulty, topic) comes from the English set, so it cannot be repeated here.
 */
export const quizTranslationSchema = z
  .object({
    title: text,
    description: text,
    questions: z.array(
      z
        .object({
          id: z.string(),
          prompt: text,
          explanation: text,
          choices: z.array(z.object({ id: z.string(), text, explanation: text }).strict()).optional(),
          items: z.array(text).optional(),
          keyPoints: z.array(text).optional(),
          observe: text.optional(),
          unit: text.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export type QuizTranslation = z.infer<typeof quizTranslationSchema>;
type QuestionText = QuizTranslation['questions'][number];

/** The translated text of `q` where `zh` matches it (same choice ids, same counts); English otherwise. */
function overlayQuestion(q: Question, zh: QuestionText | undefined): Question {
  if (!zh) return q;
  const base = { ...q, prompt: zh.prompt, explanation: zh.explanation };
  switch (base.type) {
    case 'single':
    case 'multiple':
    case 'predict': {
      const byId = new Map((zh.choices ?? []).map((c) => [c.id, c]));
      const choices = base.choices.map((c) => {
        const t = byId.get(c.id);
        return t ? { ...c, text: t.text, explanation: t.explanation } : c;
      });
      return base.type === 'predict' ? { ...base, choices, observe: zh.observe ?? base.observe } : { ...base, choices };
    }
    case 'order':
      // the order of the items is the answer: a list of another length cannot stand in for it
      return { ...base, items: zh.items?.length === base.items.length ? zh.items : base.items };
    case 'recall':
      return { ...base, keyPoints: zh.keyPoints?.length === base.keyPoints.length ? zh.keyPoints : base.keyPoints };
    case 'numeric':
      return base.unit === undefined ? base : { ...base, unit: zh.unit ?? base.unit };
    default:
      return base;
  }
}

/** `set` with the text of `translation` laid over it, question by question (by id). */
export function overlayQuizSet<S extends QuizSet>(set: S, translation: QuizTranslation): S {
  const byId = new Map(translation.questions.map((q) => [q.id, q]));
  return { ...set, title: translation.title, description: translation.description, questions: set.questions.map((q) => overlayQuestion(q, byId.get(q.id))) };
}
