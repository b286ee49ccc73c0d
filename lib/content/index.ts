export { ContentError } from './errors';
export { findLesson, lessonTranslationFile, loadLessonFile, loadLessons, type Lesson } from './lessons';
export { loadQuizSets, type LoadedQuizSet } from './quizzes';
export { exercisePromptFile, loadExercises, type Exercise } from './exercises';
export { lessonFrontmatterSchema, type LessonFrontmatter } from './lesson-schema';
export { questionSchema, quizSetSchema, QUIZ_TOPICS, DIFFICULTIES, type Question, type QuizSet } from './quiz-schema';
export { exerciseMetaSchema, type ExerciseMeta } from './exercise-schema';
export { sourceSchema, type Source } from './source-schema';
