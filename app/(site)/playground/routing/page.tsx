import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.routing.title'), description: t('widgets.routing.lead') };

export default function RoutingLabPage() {
  return (
    <div className="page page--wide">
      <PageIntro title={t('widgets.routing.title')} lead={t('routing.lead')}>
        <EmbedButton widget="routing-lab" title={t('widgets.routing.title')} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <RoutingLabRoute />
      </Suspense>
    </div>
  );
}
