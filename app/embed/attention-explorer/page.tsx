import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { AttentionExplorerRoute } from '@/components/widgets/attention-explorer/attention-explorer-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.attention.title') };

export default function AttentionExplorerEmbed() {
  return (
    <EmbedFrame title={t('widgets.attention.title')} href="/playground/attention">
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <AttentionExplorerRoute embed />
      </Suspense>
    </EmbedFrame>
  );
}
