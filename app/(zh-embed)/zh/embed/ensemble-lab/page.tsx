import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { WidgetEmbedView, widgetEmbedMeta } from '@/app/_pages/widget';

export const metadata = widgetEmbedMeta('ensemble-lab', 'zh');

export default function Embed() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="ensemble-lab">
      <WidgetEmbedView id="ensemble-lab">
        <EnsembleLabRoute embed />
      </WidgetEmbedView>
    </PageMessages>
  );
}
