'use client';

import { SearchNotices } from '@/components/widgets/shared/notices';
import { useWidgetSearch } from '@/components/widgets/shared/use-widget-search';
import { TFM_WIDGET } from '@/lib/widgets/tiny-transformer/widget';
import { TinyTransformer } from './tiny-transformer';

/** Reads the query string on the client (the page itself is static) and mounts the widget. */
export function TinyTransformerRoute({ embed = false }: { embed?: boolean }) {
  const { params, locked, notices, revision } = useWidgetSearch(TFM_WIDGET, embed);
  return (
    <>
      <SearchNotices notices={notices} />
      <TinyTransformer key={revision} search={params} locked={locked} />
    </>
  );
}
