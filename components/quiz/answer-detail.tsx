import { useT } from '@/components/i18n/locale-context';
import type { QuizResponse } from '@/lib/quiz/response';
import { coveredCount, rubricCorrect, rubricGrade } from '@/lib/quiz/rubric';
import type { QuestionView } from './question-view';
import { BuildHtmlView } from '@/components/content/build-html';

/** The right answer spelled out for the types whose controls do not already show it. */
export function AnswerDetail({ view, response }: { view: QuestionView; response: QuizResponse }) {
  const t = useT();
  const q = view.question;
  if (q.type === 'numeric' && response.type === 'numeric') {
    const { absolute, relative } = q.tolerance;
    const tolerance = [absolute !== undefined ? `± ${absolute}` : null, relative !== undefined ? `± ${relative * 100}%` : null]
      .filter(Boolean)
      .join(t('quiz.numeric.or'));
    return (
      <p className="answer-detail">
        {t('quiz.numeric.answer', { answer: `${q.answer}${q.unit ? ` ${q.unit}` : ''}`, tolerance, yours: response.value.trim() })}
      </p>
    );
  }
  if (q.type === 'order') {
    return (
      <div className="answer-detail">
        <p>{t('quiz.order.correctOrder')}</p>
        <ol>
          {view.items.map((item, i) => (
            <li key={i}>
              <BuildHtmlView value={item} />
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (q.type === 'recall' && response.type === 'recall') {
    const total = q.keyPoints.length;
    const covered = coveredCount(response.covered, total);
    return (
      <p className="answer-detail" data-testid="rubric-result">
        {t('quiz.recall.rated', {
          covered,
          total,
          percent: Math.round((100 * covered) / total),
          grade: t(`quiz.grade.${rubricGrade(covered, total)}`),
          verdict: rubricCorrect(covered, total) ? t('quiz.recall.countsCorrect') : t('quiz.recall.countsMiss'),
        })}
      </p>
    );
  }
  return null;
}
