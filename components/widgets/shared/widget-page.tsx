import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { PageIntro } from '@/components/layout/page-intro';
import { t } from '@/lib/i18n';
import type { WidgetEntry } from '@/lib/widgets/registry';

/**
 * The two routes every widget has, written once from its registry entry: the full page (title,
 * lead, Embed button) and the chromeless embed (title bar linking to the full page). `children`
 * is the widget's route component, which reads the query on the client.
 */

export function widgetPageMetadata(widget: WidgetEntry): Metadata {
  return { title: t(widget.title), description: t(widget.lead) };
}

export function widgetEmbedMetadata(widget: WidgetEntry): Metadata {
  return { title: t(widget.title) };
}

export function WidgetPage({ widget, children }: { widget: WidgetEntry; children: ReactNode }) {
  return (
    <div className="page page--wide">
      <PageIntro title={t(widget.title)} lead={t(widget.intro)}>
        <EmbedButton widget={widget.id} title={t(widget.title)} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>{children}</Suspense>
    </div>
  );
}

export function WidgetEmbed({ widget, children }: { widget: WidgetEntry; children: ReactNode }) {
  return (
    <EmbedFrame title={t(widget.title)} href={widget.page}>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>{children}</Suspense>
    </EmbedFrame>
  );
}
