import { useT } from '@/components/i18n/locale-context';
import { RUBRIC_BANDS, RUBRIC_CORRECT_FROM } from '@/lib/quiz/rubric';

/** The rubric's mapping, written from RUBRIC_BANDS so the page and the grading cannot disagree. */
export function RubricBands() {
  const t = useT();
  const bands = RUBRIC_BANDS.map((band, i) => {
    const next = RUBRIC_BANDS[i + 1];
    const range =
      band.from === 100
        ? '100 %'
        : band.from === 0
          ? t('quiz.recall.bandBelow', { to: next.from })
          : `${band.from}–${next.from - 1} %`;
    return `${range} → ${t(`quiz.grade.${band.grade}`)}`;
  });
  return (
    <p className="rubric__bands muted" data-testid="rubric-bands">
      {t('quiz.recall.bands', { bands: bands.join(' · '), from: RUBRIC_CORRECT_FROM })}
    </p>
  );
}
