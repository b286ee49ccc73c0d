'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { MOE_WIDGET } from '@/lib/widgets/moe-playground/widget';
import { MoePlayground } from './moe-playground';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function MoePlaygroundRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(MOE_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <MoePlayground key={revision} search={params} locked={locked} />
    </>
  );
}
