import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { meta, staticParams, View, type Params } from '@/app/_pages/quiz-set';

type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams();
}

export async function generateMetadata({ params }: Props) {
  return meta('zh', await params);
}

export default async function Page({ params }: Props) {
  setRequestLocale('zh');
  return (
    <PageMessages kind="quiz-set">
      <View locale="zh" params={await params} />
    </PageMessages>
  );
}
