'use client';

import { useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-context';
import { EmbedDialog, type EmbedTarget } from './embed-dialog';
import './embed.css';

/**
 * "Embed" on a widget or quiz page: opens a dialog that builds the `<iframe>` snippet for the
 * page's current state (read from the address bar when it opens).
 */
export function EmbedButton(target: EmbedTarget) {
  const t = useT();
  const [open, setOpen] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" ref={button} className="button button--small embed-button" data-testid="embed-button" aria-haspopup="dialog" onClick={() => setOpen((n) => n + 1)}>
        {t('embed.button')}
      </button>
      {open > 0 ? (
        <EmbedDialog
          key={open}
          target={target}
          onClose={() => {
            setOpen(0);
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}
