import { QUIZ_TOPICS } from '@/lib/content/quiz-schema';
import type { MessageKey } from '@/lib/i18n';

type Topic = (typeof QUIZ_TOPICS)[number];

/** The display name of a topic; a topic the bank no longer has (old saved progress) shows as is. */
export function topicLabel(topic: string, t: (key: MessageKey) => string): string {
  return (QUIZ_TOPICS as readonly string[]).includes(topic) ? t(`quiz.topic.${topic as Topic}`) : topic;
}
