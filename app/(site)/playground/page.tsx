import { meta, View } from '@/app/_pages/playgrounds';

export const metadata = meta('en');

export default function Page() {
  return <View locale="en" />;
}
