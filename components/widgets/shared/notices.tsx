'use client';

/** Visible notices about changed parameters or fallbacks; text only, never markup from a URL. */
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss?: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice widget-notices" role="status" data-testid="notices">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      {onDismiss ? (
        <button type="button" className="button button--small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
