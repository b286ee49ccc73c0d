'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { ENSEMBLE_WIDGET } from '@/lib/widgets/ensemble-lab/widget';
import { EnsembleLab } from './ensemble-lab';

/** Reads the query string on the client (the page itself is static) and mounts the lab. */
export function EnsembleLabRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(ENSEMBLE_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <EnsembleLab key={revision} search={params} locked={locked} />
    </>
  );
}
