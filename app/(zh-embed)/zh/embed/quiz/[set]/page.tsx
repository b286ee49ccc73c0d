import { PageMessages } from '@/components/i18n/page-messages';
import { setRequestLocale } from '@/components/i18n/request-locale';
import { embedMeta, staticParams, EmbedView, type Params } from '@/app/_pages/quiz-set';

type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams();
}

export async function generateMetadata({ params }: Props) {
  return embedMeta('zh', await params);
}

export default async function Embed({ params }: Props) {
  setRequestLocale('zh');
  return (
    <PageMessages kind="quiz-set">
      <EmbedView locale="zh" params={await params} />
    </PageMessages>
  );
}
