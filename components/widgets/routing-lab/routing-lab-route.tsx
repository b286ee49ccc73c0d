'use client';

import { useWidgetSearch } from '@/components/widgets/use-widget-search';
import { RoutingLab } from './routing-lab';

/** Reads the query string on the client (the page itself is static) and mounts the lab. */
export function RoutingLabRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked } = useWidgetSearch(embed);
  return <RoutingLab search={params} locked={locked} />;
}
