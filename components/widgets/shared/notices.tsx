'use client';

// The notices every widget shows. A trained widget's run notices are run-notices.tsx, a module of
// their own so the pages that never train (and the quiz embed) do not ship them.

import type { ReactNode } from 'react';

/** A list of notices in one status box; text only, never markup from a URL. */
function NoticeList({ notices, testId, children }: { notices: readonly string[]; testId: string; children?: ReactNode }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice widget-notices" role="status" data-testid={testId}>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}

/** Visible notices about changed parameters or fallbacks (a value clamped, K lowered with N). */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss?: () => void }) {
  return (
    <NoticeList notices={notices} testId="notices">
      {onDismiss ? (
        <button type="button" className="button button--small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </NoticeList>
  );
}

/** Notices about the query itself (dropped markup, unknown preset, lock or question names). */
export function SearchNotices({ notices }: { notices: readonly string[] }) {
  return <NoticeList notices={notices} testId="search-notices" />;
}
