'use client';

import { useWidgetSearch } from '@/components/widgets/use-widget-search';
import { EnsembleLab } from './ensemble-lab';

/** Reads the query string on the client (the page itself is static) and mounts the lab. */
export function EnsembleLabRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked } = useWidgetSearch(embed);
  return <EnsembleLab search={params} locked={locked} />;
}
