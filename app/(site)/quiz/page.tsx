import { SectionPlaceholder, placeholderMetadata } from '@/components/layout/section-placeholder';

export const metadata = placeholderMetadata('quiz');

export default function QuizPage() {
  return <SectionPlaceholder section="quiz" />;
}
