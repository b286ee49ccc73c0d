import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { RoutingLabRoute } from '@/components/widgets/routing-lab/routing-lab-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.routing.title') };

export default function RoutingLabEmbed() {
  return (
    <EmbedFrame title={t('widgets.routing.title')} href="/playground/routing">
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <RoutingLabRoute embed />
      </Suspense>
    </EmbedFrame>
  );
}
