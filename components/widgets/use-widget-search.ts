'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';

/**
 * The query string of a statically exported widget page, read on the client, and the knobs an
 * embed locks with `lock=a,b` (ignored on the full page).
 */
export function useWidgetSearch(embed: boolean): { params: URLSearchParams; locked: ReadonlySet<string> } {
  const search = useSearchParams();
  const key = search.toString();
  const params = useMemo(() => new URLSearchParams(key), [key]);
  const locked = useMemo(
    () => new Set(embed ? (params.get('lock') ?? '').split(',').map((s) => s.trim()).filter(Boolean) : []),
    [embed, params],
  );
  return { params, locked };
}
