'use client';

import { useWidgetSearch } from '@/components/widgets/use-widget-search';
import { TinyTransformer } from './tiny-transformer';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function TinyTransformerRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked } = useWidgetSearch(embed);
  return <TinyTransformer search={params} locked={locked} />;
}
