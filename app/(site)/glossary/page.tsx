import type { Metadata } from 'next';
import { GlossaryPage } from '@/components/glossary/glossary-page';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t('glossary.title'), description: t('glossary.lead') };

export default function GlossaryRoute() {
  return <GlossaryPage locale="en" />;
}
