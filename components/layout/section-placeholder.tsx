import Link from '@/components/layout/link';
import { t } from '@/lib/i18n';
import { PageIntro } from './page-intro';

export type PlaceholderSection = 'quiz' | 'practice' | 'progress';

/** A section whose tools are still being built: says so and points to what is ready. */
export function SectionPlaceholder({ section }: { section: PlaceholderSection }) {
  return (
    <div className="page">
      <PageIntro title={t(`${section}.title`)} lead={t(`${section}.lead`)} />
      <p className="notice" role="status">
        {t('comingSoon')} <Link href="/learn">{t('home.browse')}</Link>
      </p>
    </div>
  );
}

/** Page metadata for a placeholder section. */
export function placeholderMetadata(section: PlaceholderSection) {
  return { title: t(`${section}.title`), description: t(`${section}.lead`) };
}
