import Link from '@/components/layout/link';
import type { Ref } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG, type Locale } from '@/lib/i18n';
import type { QuizResponse } from '@/lib/quiz/response';
import { minutesUntil, RETURN_HORIZON_MINUTES } from '@/lib/quiz/returning';
import { AnswerDetail } from './answer-detail';
import type { QuestionView } from './question-view';
import { BuildHtmlView } from '@/components/content/build-html';

const DAY_MS = 86_400_000;

/** "in 10 min" (a miss in its learning step), "tomorrow", "in 3 days" … for the next review of the question. */
type Translate = ReturnType<typeof useT>;

function nextReviewText(due: string, now: Date, t: Translate, locale: Locale): string {
  const minutes = minutesUntil(due, now);
  if (minutes <= RETURN_HORIZON_MINUTES) return t('quiz.nextReview.minutes', { minutes });
  const days = Math.round((Date.parse(due) - now.getTime()) / DAY_MS);
  const when = new Date(due).toLocaleDateString(HTML_LANG[locale], { weekday: 'short', day: 'numeric', month: 'short' });
  return days <= 1 ? t('quiz.nextReview.tomorrow', { date: when }) : t('quiz.nextReview.days', { days, date: when });
}

/** The verdict line: a recall answer is recalled or not, a prediction right or off, anything else correct or not. */
function verdict(type: QuestionView['question']['type'], correct: boolean, t: Translate): string {
  if (type === 'recall') return correct ? t('quiz.recalled') : t('quiz.notRecalled');
  if (type === 'predict') return correct ? t('quiz.predict.right') : t('quiz.predict.wrong');
  return correct ? t('quiz.correct') : t('quiz.incorrect');
}

interface Props {
  view: QuestionView;
  correct: boolean;
  response: QuizResponse;
  /** when FSRS schedules the question next (ISO), or null when the answer was not recorded */
  nextDue: string | null;
  ref?: Ref<HTMLElement>;
}

/** Verdict, right answer, explanation, next review, lesson link and sources, shown after answering. */
export function Feedback({ view, correct, response, nextDue, ref }: Props) {
  const t = useT();
  const locale = useLocale();
  const q = view.question;
  return (
    <section className="feedback" data-testid="feedback" data-correct={String(correct)} tabIndex={-1} ref={ref} aria-label={t('quiz.feedback')}>
      <p className="feedback__verdict" data-correct={String(correct)}>
        <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
        {verdict(q.type, correct, t)}
      </p>
      <AnswerDetail view={view} response={response} />
      <BuildHtmlView block className="feedback__explanation prose" value={view.explanation} />
      {nextDue ? (
        <p className="feedback__next" data-testid="next-review" data-due={nextDue}>
          {nextReviewText(nextDue, new Date(), t, locale)}
        </p>
      ) : null}
      {view.lessonHref ? (
        <p className="feedback__lesson">
          {t('quiz.lesson')} <Link href={view.lessonHref}>{view.lessonTitle}</Link>
        </p>
      ) : null}
      <div className="feedback__sources">
        <h3>{t('quiz.sources')}</h3>
        <ul>
          {q.sources.map((s) => (
            <li key={s.url}>
              {s.authors} ({s.year}). <a href={s.url}>{s.title}</a>
              {s.venue ? <>. {s.venue}</> : null}.
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
