import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.transformer.title'), description: t('widgets.transformer.lead') };

export default function TinyTransformerPage() {
  return (
    <div className="page page--wide">
      <PageIntro title={t('widgets.transformer.title')} lead={t('widgets.transformer.lead')}>
        <EmbedButton widget="tiny-transformer" title={t('widgets.transformer.title')} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <TinyTransformerRoute />
      </Suspense>
    </div>
  );
}
