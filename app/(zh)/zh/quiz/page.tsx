import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { meta, View } from '@/app/_pages/quiz';

export const metadata = meta('zh');

export default function Page() {
  setRequestLocale('zh');
  return (
    <PageMessages kind="quiz">
      <View locale="zh" />
    </PageMessages>
  );
}
