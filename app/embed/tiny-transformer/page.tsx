import type { Metadata } from 'next';
import { Suspense } from 'react';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { TinyTransformerRoute } from '@/components/widgets/tiny-transformer/tiny-transformer-route';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('widgets.transformer.title') };

export default function TinyTransformerEmbed() {
  return (
    <EmbedFrame title={t('widgets.transformer.title')} href="/playground/transformer">
      <Suspense fallback={<p>{t('widget.starting')}</p>}>
        <TinyTransformerRoute embed />
      </Suspense>
    </EmbedFrame>
  );
}
