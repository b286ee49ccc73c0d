import { t, type Locale } from '@/lib/i18n';

/** A notice that what follows is the English text, on a page of another language that lacks its translation. */
export function UntranslatedNotice({ locale }: { locale: Locale }) {
  return (
    <p className="callout callout--note untranslated-notice" role="note" data-testid="untranslated">
      {t('i18n.untranslated', undefined, locale)}
    </p>
  );
}
