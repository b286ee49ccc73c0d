'use client';

import { progressStore } from '@/components/quiz/use-progress';
import { t } from '@/lib/i18n';
import { downloadText } from './download';

/** Offers the unreadable saved progress for download (to repair or report), then lets it go. */
export function DamagedCopy({ text }: { text: string }) {
  return (
    <div className="notice damaged-copy" data-testid="damaged-copy">
      <p>{t('progress.damaged.body', { size: text.length })}</p>
      <div className="transfer__actions">
        <button type="button" className="button button--small" onClick={() => downloadText('moe-lab-progress-damaged.txt', text, 'text/plain')}>
          {t('progress.damaged.download')}
        </button>
        <button type="button" className="button button--small" onClick={() => progressStore().discardDamaged()}>
          {t('progress.damaged.discard')}
        </button>
      </div>
    </div>
  );
}
