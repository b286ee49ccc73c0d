import { Suspense, type ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { localizedPath } from '@/lib/i18n';
import type { WidgetEntry } from '@/lib/widgets/entry';

/**
 * A widget's chromeless embed route, written once from its registry entry: the frame's title bar
 * (linking to the full page) around the widget's route component (`children`).
 */

export function WidgetEmbed({ widget, children }: { widget: WidgetEntry; children: ReactNode }) {
  const t = getT();
  return (
    <EmbedFrame title={t(widget.title)} href={localizedPath(widget.page, getRequestLocale())} widget>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>{children}</Suspense>
    </EmbedFrame>
  );
}
