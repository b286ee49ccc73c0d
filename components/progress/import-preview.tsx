'use client';

import { useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { summarizeImport } from '@/lib/quiz/import-summary';
import { MAX_ATTEMPTS, type Progress } from '@/lib/quiz/progress-schema';

/** A file that was read and validated, waiting for the learner's choice. */
export interface PendingImport {
  name: string;
  progress: Progress;
  /** cards of the file repaired on reading */
  repaired: number;
}

export type ImportChoice = 'merge' | 'replace' | 'cancel';

/**
 * What importing the file would change, next to the progress here, and the three choices. Nothing
 * is written until one is chosen. The counts follow `here`, so an answer given in the meantime is
 * counted too. Focus moves to the preview when it opens; Escape cancels.
 */
export function ImportPreview({ here, pending, onChoose }: { here: Progress; pending: PendingImport; onChoose: (choice: ImportChoice) => void }) {
  const t = useT();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const { answers, cards } = useMemo(() => summarizeImport(here, pending.progress), [here, pending.progress]);
  useEffect(() => box.current?.focus(), [pending]);

  return (
    <div
      ref={box}
      tabIndex={-1}
      className="box transfer__preview"
      role="group"
      aria-labelledby={`${id}-title`}
      data-testid="import-preview"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onChoose('cancel');
      }}
    >
      <h3 id={`${id}-title`} className="box__title">
        {t('progress.preview.title', { file: pending.name })}
      </h3>
      <p>{t('progress.preview.lead')}</p>
      <ul>
        <li data-testid="preview-answers">{t('progress.preview.answers', { here: answers.here, inFile: answers.inFile, merged: answers.merged, added: answers.newFromFile })}</li>
        <li data-testid="preview-cards">{t('progress.preview.cards', cards)}</li>
        {pending.repaired > 0 ? <li data-testid="preview-repaired">{t('progress.preview.repaired', { count: pending.repaired })}</li> : null}
        {answers.dropped > 0 ? <li>{t('progress.preview.dropped', { max: MAX_ATTEMPTS, count: answers.dropped })}</li> : null}
      </ul>
      <p>{t('progress.preview.choices', { inFile: answers.inFile })}</p>
      <div className="transfer__actions">
        <button type="button" className="button button--primary" onClick={() => onChoose('merge')}>
          {t('progress.preview.merge')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('replace')}>
          {t('progress.preview.replace')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('cancel')}>
          {t('progress.preview.cancel')}
        </button>
      </div>
    </div>
  );
}
