import { SectionPlaceholder, placeholderMetadata } from '@/components/layout/section-placeholder';

export const metadata = placeholderMetadata('progress');

export default function ProgressPage() {
  return <SectionPlaceholder section="progress" />;
}
