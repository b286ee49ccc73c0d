import { embedMeta, staticParams, EmbedView, type Params } from '@/app/_pages/quiz-set';

type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams();
}

export async function generateMetadata({ params }: Props) {
  return embedMeta('en', await params);
}

export default async function Embed({ params }: Props) {
  return <EmbedView locale="en" params={await params} />;
}
