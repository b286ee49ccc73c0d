'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { MoePlayground } from './moe-playground';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function MoePlaygroundRoute({ embed = false }: { embed?: boolean }) {
  const search = useSearchParams();
  const key = search.toString();
  const params = useMemo(() => new URLSearchParams(key), [key]);
  const locked = useMemo(
    () => new Set(embed ? (params.get('lock') ?? '').split(',').map((s) => s.trim()).filter(Boolean) : []),
    [embed, params],
  );
  return <MoePlayground search={params} locked={locked} />;
}
