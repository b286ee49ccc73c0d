import { render } from '@/lib/exercises/harness';
import type { ExerciseTest } from '@/lib/exercises/types';

/** `name(arg1, arg2)` as shown to the learner. */
export function callText(test: ExerciseTest): string {
  return `${test.call}(${test.args.map((a) => render(a, 600)).join(', ')})`;
}
