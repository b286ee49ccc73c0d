import { meta, staticParams, View, type Params } from '@/app/_pages/quiz-set';

type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams();
}

export async function generateMetadata({ params }: Props) {
  return meta('en', await params);
}

export default async function Page({ params }: Props) {
  return <View locale="en" params={await params} />;
}
