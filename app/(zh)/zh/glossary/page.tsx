import { setRequestLocale } from '@/components/i18n/request-locale';
import { meta, View } from '@/app/_pages/glossary';

export const metadata = meta('zh');

export default function Page() {
  setRequestLocale('zh');
  return <View locale="zh" />;
}
