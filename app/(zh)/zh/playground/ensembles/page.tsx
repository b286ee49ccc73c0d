import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { EnsembleLabRoute } from '@/components/widgets/ensemble-lab/ensemble-lab-route';
import { WidgetView, widgetMeta } from '@/app/_pages/widget';

export const metadata = widgetMeta('ensemble-lab', 'zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="ensemble-lab">
      <WidgetView id="ensemble-lab">
        <EnsembleLabRoute />
      </WidgetView>
    </PageMessages>
  );
}
