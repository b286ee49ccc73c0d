'use client';

import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { parseAttentionText } from '@/lib/widgets/attention-explorer/params';
import { MAX_TEXT_CHARS } from '@/lib/widgets/attention-explorer/tokens';

/** Edits the sentence; applied on submit so a half-typed sentence never recomputes. */
export function AttentionSentence({ text, onApply }: { text: string; onApply: (text: string, notices: string[]) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(text);
  return (
    <form
      className="panel sentence-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseAttentionText(draft, text);
        onApply(parsed.text, parsed.notices);
      }}
    >
      <label htmlFor={id}>{t('attention.sentence.label')}</label>
      <div className="sentence-editor__row">
        <input id={id} type="text" value={draft} maxLength={MAX_TEXT_CHARS * 2} aria-describedby={`${id}-hint`} onChange={(e) => setDraft(e.target.value)} data-testid="sentence" />
        <button type="submit" className="button button--small">
          {t('attention.sentence.apply')}
        </button>
      </div>
      <p id={`${id}-hint`} className="widget__status">
        {t('attention.sentence.hint')}
      </p>
    </form>
  );
}
