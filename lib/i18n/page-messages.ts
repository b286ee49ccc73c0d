import type { MessageKey, Messages } from './index';

/** Every dotted prefix of `K` at a segment boundary, `K` itself included: 'quiz.topic.attention' → 'quiz' | 'quiz.topic' | 'quiz.topic.attention'. */
type Prefixes<K extends string> = K extends `${infer Head}.${infer Rest}` ? Head | `${Head}.${Prefixes<Rest>}` : K;

/** A namespace of the UI catalog ('quiz': every `quiz.*` key), a narrower one ('progress.notice') or one key. */
export type KeyPrefix = Prefixes<MessageKey>;

// What every widget's page and embed reads: the Embed button and dialog (or the embed's frame),
// the knobs' labels, options and notices, the run toolbar and seed, and punctuation.
const WIDGET = ['embed', 'knob', 'widget', 'punct'] as const;
// The embed frame's notices on a quiz set's pages: the parameter notices of lib/params.
const PARAM_NOTICES = ['knob.notice', 'knob.on', 'knob.off', 'knob.autoplay', 'knob.until', 'knob.backend', 'widget.knob'] as const;

/**
 * The UI strings each kind of page's client components read, the one place that says so. A
 * non-English page's payload carries its root layout's `shell` strings and its kind's, no more
 * (the whole Chinese catalog is ~28 KB gzip; a lesson's client components read none of it). A
 * Chinese route file names its kind with `<PageMessages kind="…">`
 * (components/i18n/page-messages.tsx); English pages bundle en.json with their client code and
 * carry no catalog. `lib/i18n/page-messages.test.ts` reads the client code each route can render
 * and fails on a key it can read that its kind does not deliver, or on an entry no route of the
 * kind reads. Coarse namespaces where a kind reads most of one, narrower prefixes where it reads
 * a sliver of a large one.
 */
export const PAGE_MESSAGES = {
  // The root layouts: the site shell's and the embed chrome's client components get their labels from the server.
  shell: [],
  quiz: ['quiz.review.due', 'progress.notice'],
  'quiz-set': ['quiz', 'embed', 'progress.title', 'progress.notice', 'lesson.widgetLoading', 'punct', ...PARAM_NOTICES],
  'quiz-mock': ['quiz', 'progress.title', 'progress.topic', 'progress.notice', 'lesson.widgetLoading'],
  'quiz-review': ['quiz', 'progress.title', 'progress.notice', 'lesson.widgetLoading'],
  practice: ['practice.solved', 'practice.solvedCount', 'practice.storage'],
  exercise: ['practice', 'punct'],
  progress: ['progress', 'practice.solvedCount', 'practice.progressTitle', 'practice.progressNone', 'practice.open', 'quiz.topic', 'quiz.loading', 'quiz.mock.practise', 'quiz.review.start', 'punct'],
  'attention-explorer': [...WIDGET, 'attention', 'chart', 'widgets.attention'],
  'ensemble-lab': [...WIDGET, 'ens', 'chart', 'train', 'widgets.ensembles'],
  'llm-calculator': [...WIDGET, 'calc', 'calculator', 'widgets.calculator'],
  'moe-lm': [...WIDGET, 'lm', 'lmStats', 'moe.commentary', 'moe.stat.step', 'chart', 'train', 'widgets.lm'],
  'moe-playground': [...WIDGET, 'moe', 'chart', 'train'],
  'routing-lab': [...WIDGET, 'routing', 'chart', 'widgets.routing'],
  'tiny-transformer': [...WIDGET, 'tfm', 'moe.stat.step', 'chart', 'train', 'widgets.transformer'],
} as const satisfies Record<string, readonly KeyPrefix[]>;

export type PageKind = keyof typeof PAGE_MESSAGES;

/** Whether `key` is `prefix` or lies under it (at a segment boundary: 'quiz.review' does not cover 'quiz.reviewed'). */
export function coversKey(prefix: string, key: string): boolean {
  return key === prefix || key.startsWith(`${prefix}.`);
}

/** The entries of `catalog` under any of `prefixes`. */
export function pickMessages(catalog: Partial<Messages>, prefixes: readonly string[]): Partial<Messages> {
  return Object.fromEntries(Object.entries(catalog).filter(([key]) => prefixes.some((p) => coversKey(p, key)))) as Partial<Messages>;
}
