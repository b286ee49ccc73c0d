import { meta, View } from '@/app/_pages/quiz-mock';

export const metadata = meta('en');

export default function Page() {
  return <View locale="en" />;
}
