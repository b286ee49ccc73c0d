import { DIFFICULTIES, type Question } from '@/lib/content/quiz-schema';
import type { Random } from '@/lib/math';

/** What the mock interview needs to know about a question to mix topics, difficulty and kinds. */
export interface MockCandidate {
  id: string;
  topic: string;
  difficulty: (typeof DIFFICULTIES)[number];
  type: Question['type'];
}

/**
 * The kinds every interview includes (one question each) when the pool has them: explaining aloud
 * against a rubric and predicting a run, the two styles real interviews lean on most.
 */
export const MOCK_KINDS: readonly Question['type'][] = ['recall', 'predict'];

/**
 * `count` distinct questions for a mock interview: topics taken in turn (in a random order) so
 * that every topic appears before any repeats, and difficulties cycling easy → medium → hard,
 * shifted each round so that a topic does not always get the same level. Falls back to any
 * difficulty when a topic has none left of the wanted one; returns the whole pool when it is smaller.
 * Then each of MOCK_KINDS missing from the pick (when `count` leaves room) replaces a question of
 * another kind — of the same topic where the pool allows, so the topic mix stays as picked.
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
  return withKinds(picked, [...byTopic.values()].flat(), random);
}

/** `picked` with each missing kind of MOCK_KINDS swapped in from `rest` (questions not picked). */
function withKinds<T extends MockCandidate>(picked: T[], rest: readonly T[], random: Random): T[] {
  const result = [...picked];
  if (result.length <= MOCK_KINDS.length) return result;
  for (const kind of MOCK_KINDS) {
    if (result.some((q) => q.type === kind)) continue;
    const options = random.shuffle(rest.filter((q) => q.type === kind && !result.includes(q)));
    // a slot whose question is not one of the kinds; the same topic as an option if there is one
    const swappable = (i: number) => !MOCK_KINDS.includes(result[i].type);
    const slots = result.map((_, i) => i).filter(swappable);
    const match = options.find((o) => slots.some((i) => result[i].topic === o.topic));
    const option = match ?? options[0];
    if (!option || slots.length === 0) continue;
    const slot = slots.filter((i) => result[i].topic === option.topic).at(-1) ?? slots.at(-1)!;
    result[slot] = option;
  }
  return result;
}
