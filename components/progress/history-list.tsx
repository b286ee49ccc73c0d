import Link from '@/components/layout/link';
import type { QuestionIndexEntry } from '@/components/quiz/question-view';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { HTML_LANG } from '@/lib/i18n';
import { questionHref } from '@/lib/quiz/deep-link';
import type { Attempt } from '@/lib/quiz/progress-schema';

const SHOWN = 20;

/** The latest answers, newest first. */
export function HistoryList({ attempts, index }: { attempts: Attempt[]; index: QuestionIndexEntry[] }) {
  const t = useT();
  const locale = useLocale();
  const byId = new Map(index.map((q) => [q.id, q]));
  const latest = attempts.slice(-SHOWN).reverse();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('progress.history')}</h2>
      {latest.length === 0 ? (
        <p className="muted">{t('progress.historyEmpty')}</p>
      ) : (
        <ol className="history">
          {latest.map((a, i) => (
            <li key={`${a.at}-${i}`} data-testid="history-item" data-question-id={a.questionId} data-correct={String(a.correct)}>
              <span className="history__mark" data-correct={String(a.correct)}>
                {a.correct ? t('progress.right') : t('progress.wrong')}
              </span>{' '}
              {byId.has(a.questionId) ? (
                <Link href={questionHref(byId.get(a.questionId)?.set ?? '', a.questionId)}>{byId.get(a.questionId)?.excerpt}</Link>
              ) : (
                <span>{a.questionId}</span>
              )}{' '}
              <span className="muted">
                · {t(`progress.mode.${a.mode}`)} · <time dateTime={a.at}>{new Date(a.at).toLocaleString(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
