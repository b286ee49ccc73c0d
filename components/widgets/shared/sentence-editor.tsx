'use client';

import { useId, useState } from 'react';
import { type MessageKey } from '@/lib/i18n';
import { useT } from '@/components/i18n/locale-context';

/** What a widget's sentence parser returns: the text to use, its notices, and whether the draft was refused. */
export interface ParsedSentence {
  text: string;
  notices: string[];
  /** The draft could not be used at all (too few tokens): `text` is the one already shown. */
  rejected?: boolean;
}

/**
 * Edits a widget's sentence; applied on submit so a half-typed sentence never recomputes. A refused
 * sentence stays in the box (the learner's work is not lost), marked invalid, with a notice that
 * the views still show the sentence before it.
 */
export function SentenceEditor({
  text,
  parse,
  onApply,
  messages,
  maxLength,
}: {
  /** The sentence the views show now. */
  text: string;
  parse: (draft: string, fallback: string) => ParsedSentence;
  onApply: (text: string, notices: string[]) => void;
  messages: { label: MessageKey; apply: MessageKey; hint: MessageKey; rejected: MessageKey };
  maxLength: number;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(text);
  const [refused, setRefused] = useState(false);
  const describedBy = refused ? `${id}-hint ${id}-refused` : `${id}-hint`;
  return (
    <form
      className="panel sentence-editor"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parse(draft, text);
        setRefused(parsed.rejected === true);
        onApply(parsed.text, parsed.notices);
      }}
    >
      <label htmlFor={id}>{t(messages.label)}</label>
      <div className="sentence-editor__row">
        <input
          id={id}
          type="text"
          value={draft}
          maxLength={maxLength}
          aria-describedby={describedBy}
          aria-invalid={refused ? true : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setRefused(false);
          }}
          data-testid="sentence"
        />
        <button type="submit" className="button button--small">
          {t(messages.apply)}
        </button>
      </div>
      {refused ? (
        <p id={`${id}-refused`} className="sentence-editor__refused" role="status" data-testid="sentence-refused">
          {t(messages.rejected, { shown: text })}
        </p>
      ) : null}
      <p id={`${id}-hint`} className="widget__status">
        {t(messages.hint)}
      </p>
    </form>
  );
}
