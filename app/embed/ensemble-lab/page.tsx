import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.ensembles.title') };

export default function EnsembleLabEmbed() {
  return (
    <EmbedFrame title={t('widgets.ensembles.title')} href="/playground/ensembles">
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <EnsembleLabRoute embed />
      </Suspense>
    </EmbedFrame>
  );
}
