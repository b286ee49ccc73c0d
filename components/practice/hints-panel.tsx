'use client';

import { useState } from 'react';
import { useT } from '@/components/i18n/locale-context';

/** Hints one at a time; the reference solution only after a failed submission, and only when asked twice. */
export function HintsPanel({ hints, solution, solutionOffered }: { hints: readonly string[]; solution: string; solutionOffered: boolean }) {
  const t = useT();
  const [shown, setShown] = useState(0);
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState(false);
  return (
    <section className="practice-hints" aria-labelledby="practice-hints">
      <h2 id="practice-hints">{t('practice.hints')}</h2>
      {shown > 0 ? (
        <ol className="practice-hints__list" data-testid="hint-list">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>{hint}</li>
          ))}
        </ol>
      ) : null}
      {shown < hints.length ? (
        <button type="button" className="button" data-testid="show-hint" onClick={() => setShown(shown + 1)}>
          {t('practice.hintButton', { shown, total: hints.length })}
        </button>
      ) : (
        <p className="practice-muted">{t('practice.noMoreHints')}</p>
      )}
      <h3>{t('practice.solution')}</h3>
      {revealed ? (
        <pre className="practice-solution" data-testid="solution" tabIndex={0}>
          <code>{solution}</code>
        </pre>
      ) : !solutionOffered ? (
        <p className="practice-muted">{t('practice.solutionOffer')}</p>
      ) : asking ? (
        <div className="practice-confirm" role="group" aria-labelledby="practice-confirm-q">
          <p id="practice-confirm-q">{t('practice.solutionConfirm')}</p>
          <button type="button" className="button button--primary" data-testid="solution-yes" onClick={() => setRevealed(true)}>
            {t('practice.solutionYes')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setAsking(false)}>
            {t('practice.solutionNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" data-testid="show-solution" onClick={() => setAsking(true)}>
          {t('practice.solutionAsk')}
        </button>
      )}
    </section>
  );
}
