import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { t } from '@/lib/i18n';
import type { WidgetEntry } from '@/lib/widgets/entry';

/**
 * A widget's full page, written once from its registry entry: title, lead, Embed button, and the
 * widget's route component (`children`, which reads the query on the client). Its embed is
 * widget-embed.tsx: a separate module, so neither page ships the other's client code.
 */

export function widgetPageMetadata(widget: WidgetEntry): Metadata {
  return { title: t(widget.title), description: t(widget.lead) };
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
