'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { ROUTING_WIDGET } from '@/lib/widgets/routing-lab/widget';
import { RoutingLab } from './routing-lab';

/** Reads the query string on the client (the page itself is static) and mounts the lab. */
export function RoutingLabRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(ROUTING_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <RoutingLab key={revision} search={params} locked={locked} />
    </>
  );
}
