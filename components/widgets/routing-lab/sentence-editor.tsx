'use client';

import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { parseText } from '@/lib/widgets/routing-lab/params';

/** Edits the routed sentence; applied on submit so a half-typed sentence never reroutes. */
export function SentenceEditor({ text, onApply }: { text: string; onApply: (text: string, notices: string[]) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  return (
    <form
      className="panel sentence-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseText(draft, text);
        onApply(parsed.text, parsed.notices);
      }}
    >
      <label htmlFor={id}>{t('routing.sentence.label')}</label>
      <div className="sentence-editor__row">
        <input id={id} type="text" value={draft} maxLength={600} aria-describedby={`${id}-hint`} onChange={(e) => setDraft(e.target.value)} data-testid="sentence" />
        <button type="submit" className="button button--small">
          {t('routing.sentence.apply')}
        </button>
      </div>
      <p id={`${id}-hint`} className="widget__status">
        {t('routing.sentence.hint')}
      </p>
    </form>
  );
}
