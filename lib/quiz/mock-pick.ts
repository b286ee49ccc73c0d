import { DIFFICULTIES } from '@/lib/content/quiz-schema';
import type { Random } from '@/lib/math';

/** What the mock interview needs to know about a question to mix topics and difficulty. */
export interface MockCandidate {
  id: string;
  topic: string;
  difficulty: (typeof DIFFICULTIES)[number];
}

/**
 * `count` distinct questions for a mock interview: topics taken in turn (in a random order) so
 * that every topic appears before any repeats, and difficulties cycling easy → medium → hard,
 * shifted each round so that a topic does not always get the same level. Falls back to any
 * difficulty when a topic has none left of the wanted one; returns the whole pool when it is smaller.
 */
export function pickMockQuestions<T extends MockCandidate>(pool: readonly T[], count: number, random: Random): T[] {
  const byTopic = new Map<string, T[]>();
  for (const q of random.shuffle(pool)) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const topics = random.shuffle([...byTopic.keys()]);
  const picked: T[] = [];
  for (let slot = 0; picked.length < Math.min(count, pool.length); slot++) {
    const open = topics.filter((t) => (byTopic.get(t) ?? []).length > 0);
    const topic = open[slot % open.length];
    const round = Math.floor(slot / topics.length);
    const wanted = DIFFICULTIES[(slot + round) % DIFFICULTIES.length];
    const left = byTopic.get(topic) ?? [];
    const index = Math.max(0, left.findIndex((q) => q.difficulty === wanted));
    picked.push(left[index]);
    byTopic.set(topic, left.filter((_, i) => i !== index));
  }
  return picked;
}
