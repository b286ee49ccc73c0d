import { BuildHtmlView } from '@/components/content/build-html';
import { markdownToHtml } from '@/lib/content/markdown';
import { format, t, type MessageKey } from '@/lib/i18n';
import { getRequestLocale } from './request-locale';

/**
 * A catalog string that holds inline Markdown and `$…$` math (a worked example's sentence), in the
 * request's locale, rendered at build time. Server components only: the catalog is content, so its
 * HTML is build-produced like a lesson's. Numbers come in through `vars`, computed by the caller.
 */
export function Msg({ id, vars }: { id: MessageKey; vars?: Record<string, string | number> }) {
  const text = format(t(id, undefined, getRequestLocale()), vars);
  return <BuildHtmlView value={markdownToHtml(text, `content/messages (${id})`, { inline: true })} />;
}
