import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.ensembles.title'), description: t('widgets.ensembles.lead') };

export default function EnsembleLabPage() {
  return (
    <div className="page page--wide">
      <PageIntro title={t('widgets.ensembles.title')} lead={t('widgets.ensembles.lead')}>
        <EmbedButton widget="ensemble-lab" title={t('widgets.ensembles.title')} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <EnsembleLabRoute />
      </Suspense>
    </div>
  );
}
