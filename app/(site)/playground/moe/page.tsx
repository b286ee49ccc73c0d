import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('moe.title'), description: t('moe.lead') };

export default function MoePlaygroundPage() {
  return (
    <div className="page page--wide">
      <PageIntro title={t('moe.title')} lead={t('moe.lead')}>
        <EmbedButton widget="moe-playground" title={t('moe.title')} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <MoePlaygroundRoute />
      </Suspense>
    </div>
  );
}
