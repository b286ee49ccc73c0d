import { getRequestLocale, getT } from '@/components/i18n/request-locale';
import { localizedPath } from '@/lib/i18n';
import { WIDGETS, widgetParamsProblems } from '@/lib/widgets/registry';
import { LazyFrame } from './lazy-frame';

/** Height of the placeholder and of the frame until its content reports its own height (and without script). */
const FRAME_PLACEHOLDER_HEIGHT = 900;

/**
 * A live widget embedded in a lesson: an iframe of `/embed/<id>?<params>`, created when it comes
 * near the viewport (`LazyFrame`), and a link to the widget's full page with the same params. The
 * id must name a ready widget of the registry and the params must pass that widget's checks
 * without a notice; otherwise the build fails, naming the problem.
 */
export function Widget({ id, params = '', title, caption }: { id: string; params?: string; title: string; caption?: string }) {
  const widget = WIDGETS.find((w) => w.id === id);
  if (!widget) throw new Error(`<Widget id="${id}">: no such widget; known: ${WIDGETS.map((w) => w.id).join(', ')}`);
  if (!widget.ready) throw new Error(`<Widget id="${id}">: the widget is not ready yet (lib/widgets/registry.ts)`);
  if (!widget.lessonEmbeddable) throw new Error(`<Widget id="${id}">: lessons may not embed this widget (lib/widgets/registry.ts)`);
  if (!title || !title.trim()) throw new Error(`<Widget id="${id}">: a title is required (it names the frame for screen readers)`);
  const search = new URLSearchParams(params.replace(/^\?/, ''));
  const problems = widgetParamsProblems(widget, search);
  if (problems.length > 0) throw new Error(`<Widget id="${id}" params="${params}">: ${problems.join('; ')}`);
  const query = search.toString();
  const page = new URLSearchParams(search);
  page.delete('lock');
  const pageQuery = page.toString();
  const t = getT();
  const locale = getRequestLocale();
  return (
    <figure className="lesson-widget" data-testid="lesson-widget" data-widget-id={id} style={{ margin: '1.5rem 0' }}>
      <LazyFrame
        src={`${localizedPath(widget.embed, locale)}${query ? `?${query}` : ''}`}
        title={title}
        label={t('lesson.widgetLoading', { title })}
        style={{
          display: 'block',
          width: '100%',
          height: FRAME_PLACEHOLDER_HEIGHT,
          border: '1px solid var(--border)',
          borderRadius: 'var(--radius)',
          background: 'var(--bg)',
        }}
      />
      <figcaption style={{ fontSize: '0.9rem', color: 'var(--text-muted)', marginTop: '0.4rem' }}>
        {caption ? <>{caption} </> : null}
        <a href={`${localizedPath(widget.page, locale)}${pageQuery ? `?${pageQuery}` : ''}`}>{t('widget.openFull')}</a>
      </figcaption>
    </figure>
  );
}
