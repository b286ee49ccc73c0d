import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { WidgetEmbed } from '@/components/widgets/shared/widget-embed';
import { WidgetPage } from '@/components/widgets/shared/widget-page';
import { t, type Locale } from '@/lib/i18n';
import { registeredWidget } from '@/lib/widgets/registry';
import { alternates, pageMetadata } from './meta';

type WidgetId = string;

/** A widget's full page (`/playground/…`): the registry entry's page around its route component. */
export function widgetMeta(id: WidgetId, locale: Locale): Metadata {
  const widget = registeredWidget(id);
  return pageMetadata(locale, widget.page, { title: t(widget.title, undefined, locale), description: t(widget.lead, undefined, locale) });
}

export function WidgetView({ id, children }: { id: WidgetId; children: ReactNode }) {
  return <WidgetPage widget={registeredWidget(id)}>{children}</WidgetPage>;
}

/** A widget's embed (`/embed/…`); not indexed (the embed layout), but its languages still point at each other. */
export function widgetEmbedMeta(id: WidgetId, locale: Locale): Metadata {
  const widget = registeredWidget(id);
  return { title: t(widget.title, undefined, locale), alternates: { languages: alternates(widget.embed, locale)?.languages } };
}

export function WidgetEmbedView({ id, children }: { id: WidgetId; children: ReactNode }) {
  return <WidgetEmbed widget={registeredWidget(id)}>{children}</WidgetEmbed>;
}
