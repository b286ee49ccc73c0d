import type { Metadata } from 'next';
import { SiteShell } from '@/components/layout/site-shell';
import { RootDocument, VIEWPORT } from '@/app/_pages/root';
import '@/lib/i18n/catalogs';
import { messagesFor, t, type Locale } from '@/lib/i18n';

// The site has a root layout per language, so its one 404 page (out/404.html, served for every
// unknown path of both) is this global one (next.config: experimental.globalNotFound).
export const metadata: Metadata = { title: `${t('notFound.title')} · ${t('site.name')}` };
export const viewport = VIEWPORT;

/**
 * For a path under /zh the page reads as Chinese before it paints: `<html lang>` and the Chinese
 * part first (CSS). A constant string; it only reads the path.
 */
const ZH_PATH_SCRIPT = `(function(){if(/^\\/zh(\\/|$)/.test(location.pathname)){var d=document.documentElement;d.lang='zh-Hans';d.setAttribute('data-not-found','zh')}})()`;

function Part({ locale }: { locale: Locale }) {
  const home = locale === 'zh' ? '/zh' : '/';
  return (
    <section className="not-found__part" lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
      <h1>{t('notFound.title', undefined, locale)}</h1>
      <p className="lead">{t('notFound.body', undefined, locale)}</p>
      <div className="hero__actions">
        <a className="button button--primary" href={home}>
          {t('notFound.home', undefined, locale)}
        </a>
        <a className="button" href={locale === 'zh' ? '/zh/learn' : '/learn'}>
          {t('notFound.learn', undefined, locale)}
        </a>
      </div>
    </section>
  );
}

/** The 404 page of both languages: English and Chinese (once the catalog has it), Chinese first under /zh. */
export default function GlobalNotFound() {
  const chinese = messagesFor('zh')['notFound.title'] !== messagesFor('en')['notFound.title'];
  return (
    <RootDocument locale="en">
      <script dangerouslySetInnerHTML={{ __html: ZH_PATH_SCRIPT }} />
      <SiteShell bothLanguages>
        <div className="page not-found" data-testid="not-found">
          <Part locale="en" />
          {chinese ? <Part locale="zh" /> : null}
        </div>
      </SiteShell>
    </RootDocument>
  );
}
