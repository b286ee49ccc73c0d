import { getT } from '@/components/i18n/request-locale';

export function SiteFooter() {
  const t = getT();
  return (
    <footer className="site-footer">
      <p>{t('footer.note')}</p>
      <p>{t('footer.static')}</p>
    </footer>
  );
}
