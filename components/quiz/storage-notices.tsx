'use client';

import Link from '@/components/layout/link';
import { useLocale, useT } from '@/components/i18n/locale-context';
import { localizedPath, type MessageKey } from '@/lib/i18n';
import type { ProgressNotice } from '@/lib/quiz/store';
import { useProgress } from './use-progress';

const MESSAGES: Record<ProgressNotice, MessageKey> = {
  unavailable: 'progress.notice.unavailable',
  full: 'progress.notice.full',
  damaged: 'progress.notice.damaged',
  'damaged-held': 'progress.notice.damagedHeld',
  repaired: 'progress.notice.repaired',
};

/**
 * Says when progress is kept in memory only, or when saved progress was unreadable and set aside.
 * `embedded`: in another site's frame, where browsers often give the frame no storage at all
 * (Chromium when third-party storage is blocked); its Progress page, in this frame's partition,
 * would not show those answers, so no link is offered for that case, and others open a new tab.
 */
export function StorageNotices({ onProgressPage = false, embedded = false }: { onProgressPage?: boolean; embedded?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const state = useProgress();
  if (!state || state.notices.length === 0) return null;
  return (
    <div className="notice storage-notices" role="status" data-testid="storage-notice" data-notices={state.notices.join(' ')}>
      {state.notices.map((notice) => (
        <p key={notice}>
          {t(embedded && notice === 'unavailable' ? 'progress.notice.embedUnavailable' : MESSAGES[notice])}{' '}
          {onProgressPage || (embedded && notice === 'unavailable') ? null : embedded ? (
            <a href={localizedPath('/progress', locale)} target="_blank" rel="noopener">
              {t('progress.notice.open')}
            </a>
          ) : (
            <Link href="/progress">{t('progress.notice.open')}</Link>
          )}
        </p>
      ))}
    </div>
  );
}
