'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { ATTENTION_WIDGET } from '@/lib/widgets/attention-explorer/widget';
import { AttentionExplorer } from './attention-explorer';

/** Reads the query string on the client (the page itself is static) and mounts the explorer. */
export function AttentionExplorerRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(ATTENTION_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <AttentionExplorer key={revision} search={params} locked={locked} />
    </>
  );
}
