import { PageIntro } from '@/components/layout/page-intro';
import { loadGlossary, sortGlossary, type GlossaryTerm } from '@/lib/content/glossary';
import { HTML_LANG, t, type Locale, type MessageKey } from '@/lib/i18n';
import './glossary.css';

/** The glossary: every term in Chinese and English with its abbreviation, note and the variants to avoid, sorted for the reader's language. */
export function GlossaryPage({ locale }: { locale: Locale }) {
  const terms = sortGlossary(loadGlossary(), locale);
  const other = locale === 'en' ? 'zh' : 'en';
  const msg = (key: MessageKey, vars?: Record<string, string | number>) => t(key, vars, locale);
  // The term in the reader's language heads each row; the other language is marked so it is read aloud in its own voice.
  const primary = (term: GlossaryTerm) => (locale === 'en' ? term.en : term.zh);
  const secondary = (term: GlossaryTerm) => (locale === 'en' ? term.zh : term.en);
  const note = (term: GlossaryTerm) =>
    locale === 'zh' && term.noteZh ? { text: term.noteZh, lang: undefined } : term.note ? { text: term.note, lang: locale === 'en' ? undefined : HTML_LANG.en } : null;
  const [firstColumn, secondColumn]: [MessageKey, MessageKey] = locale === 'en' ? ['glossary.col.en', 'glossary.col.zh'] : ['glossary.col.zh', 'glossary.col.en'];
  return (
    <div className="page">
      <PageIntro title={msg('glossary.title')} lead={msg('glossary.lead')} />
      <div className="score-table__scroll">
        <table className="score-table score-table--report glossary-table" data-testid="glossary">
          <caption>{msg('glossary.caption', { count: terms.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{msg(firstColumn)}</th>
              <th scope="col">{msg(secondColumn)}</th>
              <th scope="col">{msg('glossary.col.abbr')}</th>
              <th scope="col">{msg('glossary.col.note')}</th>
              <th scope="col">{msg('glossary.col.avoid')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const shown = note(term);
              return (
                <tr key={term.id} id={term.id}>
                  <th scope="row">{primary(term)}</th>
                  <td lang={HTML_LANG[other]} data-label={msg(secondColumn)}>
                    {secondary(term)}
                  </td>
                  <td lang={HTML_LANG.en} data-label={msg('glossary.col.abbr')}>
                    {term.abbr ?? '—'}
                  </td>
                  <td lang={shown?.lang} data-label={msg('glossary.col.note')}>
                    {shown?.text ?? '—'}
                  </td>
                  <td lang={HTML_LANG.zh} data-label={msg('glossary.col.avoid')}>
                    {term.avoid.length > 0 ? term.avoid.join(locale === 'zh' ? '、' : ', ') : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
