import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedButton } from '@/components/embed/embed-button';
import { PageIntro } from '@/components/layout/page-intro';
import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.attention.title'), description: t('widgets.attention.lead') };

export default function AttentionExplorerPage() {
  return (
    <div className="page page--wide">
      <PageIntro title={t('widgets.attention.title')} lead={t('attention.lead')}>
        <EmbedButton widget="attention-explorer" title={t('widgets.attention.title')} />
      </PageIntro>
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <AttentionExplorerRoute />
      </Suspense>
    </div>
  );
}
