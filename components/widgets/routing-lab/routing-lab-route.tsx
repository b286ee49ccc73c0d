'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { RoutingLab } from './routing-lab';

/** Reads the query string on the client (the page itself is static) and mounts the lab. */
export function RoutingLabRoute({ embed = false }: { embed?: boolean }) {
  const search = useSearchParams();
  const key = search.toString();
  const params = useMemo(() => new URLSearchParams(key), [key]);
  const locked = useMemo(
    () => new Set(embed ? (params.get('lock') ?? '').split(',').map((s) => s.trim()).filter(Boolean) : []),
    [embed, params],
  );
  return <RoutingLab search={params} locked={locked} />;
}
