'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { MOE_LM_WIDGET } from '@/lib/widgets/moe-lm/widget';
import { MoeLm } from './moe-lm';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function MoeLmRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(MOE_LM_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <MoeLm key={revision} search={params} locked={locked} />
    </>
  );
}
