'use client';

import { useId, useRef, useState } from 'react';
import { progressStore } from '@/components/quiz/use-progress';
import { useT } from '@/components/i18n/locale-context';
import type { MessageKey } from '@/lib/i18n';
import { mergeProgress } from '@/lib/quiz/merge-progress';
import { exportFileName, exportProgress, importProgress, MAX_IMPORT_BYTES, type ImportProblem } from '@/lib/quiz/progress-file';
import type { Progress } from '@/lib/quiz/progress-schema';
import { downloadText } from './download';
import { ImportPreview, type ImportChoice, type PendingImport } from './import-preview';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const PROBLEMS: Record<ImportProblem | 'too-big' | 'unreadable', MessageKey> = {
  'not-json': 'progress.import.notJson',
  'not-progress': 'progress.import.notProgress',
  newer: 'progress.import.newer',
  invalid: 'progress.import.invalid',
  'too-big': 'progress.import.tooBig',
  unreadable: 'progress.import.unreadable',
};

/**
 * Export to a JSON file, import one, and delete all progress. An import is validated (a bad file
 * changes nothing), then previewed: the learner merges it, replaces the progress here with it, or
 * cancels, and nothing is written before that choice.
 */
export function ProgressTransfer({ progress }: { progress: Progress }) {
  const t = useT();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<PendingImport | null>(null);

  const refuse = (text: string) => {
    setPending(null);
    setMessage({ kind: 'error', text });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return refuse(t(PROBLEMS['too-big']));
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse(t(PROBLEMS.unreadable));
    }
    const result = importProgress(text, new Date());
    if (!result.ok) {
      const detail = result.detail ? `${t('punct.openParen')}${result.detail}${t('punct.closeParen')}` : '';
      return refuse(`${t(PROBLEMS[result.problem])}${detail}`);
    }
    setMessage(null);
    setPending({ name: file.name, progress: result.progress, repaired: result.repaired });
  };

  const choose = (choice: ImportChoice) => {
    if (!pending) return;
    const store = progressStore();
    // merged against the store's progress at this moment, not the one the preview was drawn from
    if (choice === 'merge') store.update((current) => mergeProgress(current, pending.progress));
    if (choice === 'replace') store.update(() => pending.progress);
    const count = store.getState().progress.attempts.length;
    const done = { merge: t('progress.import.merged', { count }), replace: t('progress.import.replaced', { count }), cancel: t('progress.import.cancelled') };
    setPending(null);
    setMessage({ kind: 'ok', text: done[choice] });
    // the focused button is gone with the preview: put focus back where the import started
    fileInput.current?.focus();
  };

  return (
    <section aria-labelledby={`${id}-title`} className="transfer">
      <h2 id={`${id}-title`}>{t('progress.transfer')}</h2>
      <p className="muted">{t('progress.transferHelp')}</p>
      <div className="transfer__actions">
        <button type="button" className="button" onClick={() => downloadText(exportFileName(new Date()), exportProgress(progress, new Date()))}>
          {t('progress.export')}
        </button>
        <label className="button transfer__import">
          {t('progress.import')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="import-file"
            onChange={(event) => {
              void onFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        {confirming ? null : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('progress.clear')}
          </button>
        )}
      </div>
      {pending ? <ImportPreview here={progress} pending={pending} onChoose={choose} /> : null}
      {confirming ? (
        <div className="notice transfer__confirm" role="group" aria-label={t('progress.clear')}>
          <p>{t('progress.clearConfirm')}</p>
          <div className="transfer__actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                progressStore().clear();
                setConfirming(false);
                setMessage({ kind: 'ok', text: t('progress.cleared') });
              }}
            >
              {t('progress.clearYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>
              {t('progress.clearNo')}
            </button>
          </div>
        </div>
      ) : null}
      <p className="transfer__message" role="status" data-testid="transfer-status">
        {message?.kind === 'ok' ? message.text : null}
      </p>
      <p className="transfer__message transfer__message--error" role="alert" data-testid="transfer-error">
        {message?.kind === 'error' ? message.text : null}
      </p>
    </section>
  );
}
