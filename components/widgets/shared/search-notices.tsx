'use client';

/** Notices about the query itself (dropped markup, unknown preset or lock names); text only. */
export function SearchNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notice widget-notices" role="status" data-testid="search-notices">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
