import Link from '@/components/layout/link';
import { ExpertLegend } from '@/components/widgets/moe-lm/expert-legend';
import { RoutedTextBody } from '@/components/widgets/moe-lm/routed-text-body';
import { getT } from '@/components/i18n/request-locale';
import { heroTokens, LM_HERO_LAYER, type LmHero } from '@/lib/widgets/moe-lm/hero';
import './lm-hero.css';

/**
 * The home page's picture: the MoE Language Model's example sentences, each character on its
 * expert's colour, rendered on the server from the routing computed at build time. A server
 * component with no state, so home ships no script for it and it shows without JavaScript.
 */
export function LmHeroFigure({ hero, href }: { hero: LmHero; href?: string }) {
  const t = getT();
  return (
    <figure className="lm-hero" data-testid="lm-hero" data-checkpoint={hero.checkpoint} data-layer={LM_HERO_LAYER + 1}>
      <div className="lm-hero__text" role="group" aria-label={t('lmStats.hero.label')}>
        <RoutedTextBody tokens={heroTokens(hero)} />
      </div>
      <ExpertLegend numExperts={hero.numExperts} t={t} />
      <figcaption>
        {t('lmStats.hero.caption', { n: hero.numExperts, layer: LM_HERO_LAYER + 1, k: hero.k })}
        {href ? (
          <>
            {' '}
            <Link href={href}>{t('lmStats.hero.try')}</Link>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
