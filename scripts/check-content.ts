// Validates every lesson, quiz set and exercise, and compiles every lesson's MDX and math,
// so a broken file fails `npm test` with its name and field before the build starts.
import { ContentError, loadExercises, loadLessons, loadQuizSets } from '@/lib/content';
import { compileMdx } from '@/components/content/compile-mdx';
import { predictProblems } from '@/lib/widgets/predict-check';

async function main() {
  const lessons = loadLessons();
  for (const lesson of lessons) await compileMdx(lesson.body, lesson.file);
  // the Chinese translations that exist (a missing one is the English, compiled above); quiz and
  // exercise translations are validated by loading them
  const translated = loadLessons(undefined, 'zh').filter((l) => !l.untranslated);
  for (const lesson of translated) await compileMdx(lesson.body, lesson.file, { anchors: lesson.anchors });
  const zhSets = loadQuizSets(undefined, 'zh').filter((s) => !s.untranslated).length;
  const zhExercises = loadExercises(undefined, 'zh').filter((e) => !e.untranslated).length;
  const quizzes = loadQuizSets();
  // a predict question's widget must exist and its query pass that widget's parser without a notice
  for (const set of quizzes) {
    for (const q of set.questions) {
      if (q.type !== 'predict') continue;
      const problems = predictProblems(q.widget, q.query);
      if (problems.length > 0) throw new ContentError(`${set.file} (${q.id})`, problems.map((p) => `widget "${q.widget}" ?${q.query}: ${p}`));
    }
  }
  const exercises = loadExercises();
  const questions = quizzes.reduce((n, q) => n + q.questions.length, 0);
  console.log(`content ok: ${lessons.length} lessons, ${quizzes.length} quiz sets (${questions} questions), ${exercises.length} exercises`);
  console.log(`in Chinese: ${translated.length} lessons, ${zhSets} quiz sets, ${zhExercises} exercises (the rest shown in English)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ContentError ? `Invalid content in ${error.message}` : error);
  process.exit(1);
});
