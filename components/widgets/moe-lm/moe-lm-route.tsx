'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { MoeLm } from './moe-lm';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function MoeLmRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <MoeLm key={revision} search={params} locked={locked} />
    </>
  );
}
