import { t } from '@/lib/i18n';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>{t('footer.note')}</p>
      <p>{t('footer.static')}</p>
    </footer>
  );
}
