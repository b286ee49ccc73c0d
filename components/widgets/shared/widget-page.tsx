import { Suspense, type ReactNode } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { getT } from '@/components/i18n/request-locale';
import type { WidgetEntry } from '@/lib/widgets/entry';

/**
 * A widget's full page, written once from its registry entry: title, lead, Embed button, and the
 * widget's route component (`children`, which reads the query on the client). Its embed is
 * widget-embed.tsx: a separate module, so neither page ships the other's client code.
 */

export function WidgetPage({ widget, children }: { widget: WidgetEntry; children: ReactNode }) {
  const t = getT();
  return (
    <div className="page page--wide">
      <PageIntro title={t(widget.title)} lead={t(widget.intro)}>
        <EmbedButton widget={widget.id} title={t(widget.title)} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>{children}</Suspense>
    </div>
  );
}
