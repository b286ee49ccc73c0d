import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { t } from '@/lib/i18n';
import type { WidgetEntry } from '@/lib/widgets/entry';

/**
 * A widget's chromeless embed route, written once from its registry entry: the frame's title bar
 * (linking to the full page) around the widget's route component (`children`).
 */

export function widgetEmbedMetadata(widget: WidgetEntry): Metadata {
  return { title: t(widget.title) };
}

export function WidgetEmbed({ widget, children }: { widget: WidgetEntry; children: ReactNode }) {
  return (
    <EmbedFrame title={t(widget.title)} href={widget.page} widget>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>{children}</Suspense>
    </EmbedFrame>
  );
}
