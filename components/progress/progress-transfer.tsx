'use client';

import { useId, useState } from 'react';
import { progressStore } from '@/components/quiz/use-progress';
import { t } from '@/lib/i18n';
import { exportFileName, exportProgress, importProgress, MAX_IMPORT_BYTES, type ImportProblem } from '@/lib/quiz/progress-file';
import type { Progress } from '@/lib/quiz/progress-schema';
import { downloadText } from './download';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const PROBLEMS: Record<ImportProblem | 'too-big' | 'unreadable', Parameters<typeof t>[0]> = {
  'not-json': 'progress.import.notJson',
  'not-progress': 'progress.import.notProgress',
  newer: 'progress.import.newer',
  invalid: 'progress.import.invalid',
  'too-big': 'progress.import.tooBig',
  unreadable: 'progress.import.unreadable',
};

/** Export to a JSON file, import one (validated; a bad file changes nothing), and delete all progress. */
export function ProgressTransfer({ progress }: { progress: Progress }) {
  const id = useId();
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setMessage({ kind: 'error', text: t(PROBLEMS['too-big']) });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ kind: 'error', text: t(PROBLEMS.unreadable) });
    }
    const result = importProgress(text);
    if (!result.ok) {
      const detail = result.detail ? ` (${result.detail})` : '';
      return setMessage({ kind: 'error', text: `${t(PROBLEMS[result.problem])}${detail}` });
    }
    progressStore().update(() => result.progress);
    setMessage({ kind: 'ok', text: t('progress.import.done', { count: result.progress.attempts.length }) });
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
