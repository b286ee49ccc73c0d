import type { Metadata } from 'next';
import { GlossaryPage } from '@/components/glossary/glossary-page';
import { t, type Locale } from '@/lib/i18n';
import { pageMetadata } from './meta';

export const meta = (locale: Locale): Metadata =>
  pageMetadata(locale, '/glossary', { title: t('glossary.title', undefined, locale), description: t('glossary.lead', undefined, locale) });

export function View({ locale }: { locale: Locale }) {
  return <GlossaryPage locale={locale} />;
}
