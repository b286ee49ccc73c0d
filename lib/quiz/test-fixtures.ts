import type { Question } from '@/lib/content/quiz-schema';
import type { QuestionOf } from './response';

const base = {
  topic: 'attention' as const,
  difficulty: 'easy' as const,
  prompt: 'Prompt',
  explanation: 'Because.',
  lesson: 'scaled-dot-product-attention',
  sources: [{ authors: 'Vaswani, A. et al.', year: 2017, title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762' }],
};

const choices = ['a', 'b', 'c'].map((id) => ({ id, text: `Choice ${id}`, explanation: `About ${id}.` }));

/** One valid question of each type, for the unit tests of lib/quiz. */
export const FIXTURES: { [T in Question['type']]: QuestionOf<T> } = {
  single: { ...base, id: 'q-single', type: 'single', choices, answer: 'b' },
  multiple: { ...base, id: 'q-multiple', type: 'multiple', choices, answer: ['a', 'c'] },
  numeric: {
    ...base,
    id: 'q-numeric',
    type: 'numeric',
    answer: 0.506,
    tolerance: { absolute: 0.002 },
    compute: { fn: 'softmax', args: [[1, 0, 0.5]], pick: [0] },
  },
  order: { ...base, id: 'q-order', type: 'order', items: ['first', 'second', 'third'] },
  recall: { ...base, id: 'q-recall', type: 'recall', keyPoints: ['first point', 'second point', 'third point', 'fourth point', 'fifth point'] },
  predict: {
    ...base,
    id: 'q-predict',
    type: 'predict',
    widget: 'attention-explorer',
    query: 'causal=1',
    observe: 'The first row.',
    choices,
    answer: 'c',
  },
};
