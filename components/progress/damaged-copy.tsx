'use client';

import { progressStore } from '@/components/quiz/use-progress';
import { useT } from '@/components/i18n/locale-context';
import type { MessageKey } from '@/lib/i18n';
import type { DamagedPlace } from '@/lib/quiz/store';
import { downloadText } from './download';

// each message says only where the copy really is
const BODY: Record<DamagedPlace, MessageKey> = {
  aside: 'progress.damaged.body',
  'in-place': 'progress.damaged.bodyHeld',
  memory: 'progress.damaged.bodyMemory',
};

/**
 * Offers the unreadable saved progress for download (to repair or report), then lets it go. When it
 * could not be moved aside, the download is what lets new answers be saved over it.
 */
export function DamagedCopy({ text, place }: { text: string; place: DamagedPlace }) {
  const t = useT();
  return (
    <div className="notice damaged-copy" data-testid="damaged-copy" data-place={place}>
      <p>{t(BODY[place], { size: text.length })}</p>
      <div className="transfer__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            downloadText('moe-lab-progress-damaged.txt', text, 'text/plain');
            progressStore().releaseDamaged();
          }}
        >
          {t('progress.damaged.download')}
        </button>
        <button type="button" className="button button--small" onClick={() => progressStore().discardDamaged()}>
          {t('progress.damaged.discard')}
        </button>
      </div>
    </div>
  );
}
