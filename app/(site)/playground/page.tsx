import { SectionPlaceholder, placeholderMetadata } from '@/components/layout/section-placeholder';

export const metadata = placeholderMetadata('playgrounds');

export default function PlaygroundsPage() {
  return <SectionPlaceholder section="playgrounds" />;
}
