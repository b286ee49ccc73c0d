import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { MoePlaygroundRoute } from '@/components/widgets/moe-playground/moe-playground-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('moe.title') };

export default function MoePlaygroundEmbed() {
  return (
    <EmbedFrame title={t('moe.title')} href="/playground/moe">
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <MoePlaygroundRoute embed />
      </Suspense>
    </EmbedFrame>
  );
}
