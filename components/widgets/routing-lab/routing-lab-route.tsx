'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { RoutingLab } from './routing-lab';

/** Reads the query string on the client (the page itself is static) and mounts the lab. */
export function RoutingLabRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <RoutingLab key={revision} search={params} locked={locked} />
    </>
  );
}
