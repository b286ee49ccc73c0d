import { meta, View } from '@/app/_pages/glossary';

export const metadata = meta('en');

export default function Page() {
  return <View locale="en" />;
}
