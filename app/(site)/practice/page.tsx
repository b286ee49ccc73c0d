import { SectionPlaceholder, placeholderMetadata } from '@/components/layout/section-placeholder';

export const metadata = placeholderMetadata('practice');

export default function PracticePage() {
  return <SectionPlaceholder section="practice" />;
}
