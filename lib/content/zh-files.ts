import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './paths';

/** Every file of `dir` (relative to content/) whose name passes `keep`; none when the folder does not exist. */
function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  const full = path.join(CONTENT_DIR, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter(keep)
    .sort()
    .map((name) => path.join(full, name));
}

export function chineseLessonFiles(): string[] {
  return filesIn('lessons/zh', (n) => n.endsWith('.mdx'));
}

/** Every authored Chinese file: lessons, question sets, exercise prompts and the UI catalog. */
export function chineseContentFiles(): string[] {
  return [
    ...chineseLessonFiles(),
    ...filesIn('quizzes/zh', (n) => n.endsWith('.yaml')),
    ...filesIn('exercises', () => true)
      .map((dir) => path.join(dir, 'prompt.zh.md'))
      .filter((f) => fs.existsSync(f)),
    ...filesIn('messages', (n) => /^zh(\.[\w-]+)?\.json$/.test(n)),
    ...filesIn('messages/examples', (n) => n === 'zh.json'),
  ];
}
