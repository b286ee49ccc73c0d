'use client';

import { useWidgetSearch } from '@/components/widgets/use-widget-search';
import { MoePlayground } from './moe-playground';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function MoePlaygroundRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked } = useWidgetSearch(embed);
  return <MoePlayground search={params} locked={locked} />;
}
