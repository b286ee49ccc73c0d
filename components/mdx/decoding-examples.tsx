import { beamSearch, perplexity, temperatureSoftmax, topKFilter, topPFilter } from '@/lib/math';
import { formatNumber } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { computeFor, ensure, texVector } from './example-utils';
import { Tex } from './tex';

/** One next-token distribution under several temperatures, and what top-k and top-p keep of it at T = 1. */
export function DecodingExample({ tokens, logits, temperatures, k, p }: { tokens: string[]; logits: number[]; temperatures: number[]; k: number; p: number }) {
  const r = computeFor('DecodingExample', () => {
    ensure(tokens.length === logits.length, `tokens must name each of the ${logits.length} logits`);
    ensure(temperatures.length > 0, 'temperatures must not be empty');
    const byT = temperatures.map((temperature) => temperatureSoftmax(logits, temperature));
    const base = temperatureSoftmax(logits, 1);
    return { byT, topK: topKFilter(base, k), topP: topPFilter(base, p) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="decoding-example">
      <Tex display expression={`z = ${texVector(logits, 1)}`} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.decoding.aria')}>
        <table>
          <caption>{t('example.decoding.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.decoding.token')}</th>
              {temperatures.map((temperature) => (
                <th scope="col" key={temperature}>
                  T = {temperature}
                </th>
              ))}
              <th scope="col">top-k, k = {k}</th>
              <th scope="col">top-p, p = {p}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token, i) => (
              <tr key={token} data-testid={`decoding-row-${i}`}>
                <th scope="row">{token}</th>
                {r.byT.map((probs, j) => (
                  <td key={temperatures[j]}>{formatNumber(probs[i], 3)}</td>
                ))}
                <td>{formatNumber(r.topK[i], 3)}</td>
                <td>{formatNumber(r.topP[i], 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('example.decoding.note')}</p>
    </figure>
  );
}

/** Greedy decoding against beam search on a two-step toy model given as next-token tables. */
export function BeamExample({ tokens, table, width }: { tokens: string[]; table: Record<string, number[]>; width: number }) {
  const r = computeFor('BeamExample', () => {
    const [greedy] = beamSearch(table, 1, 2);
    const beams = beamSearch(table, width, 2);
    return { greedy, best: beams[0] };
  });
  const words = (ids: number[]) => ids.map((i) => tokens[i]).join(' ');
  const t = getT();
  return (
    <figure className="worked-example" data-testid="beam-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.beam.aria')}>
        <table>
          <caption>{t('example.beam.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.beam.method')}</th>
              <th scope="col">{t('example.beam.tokens')}</th>
              <th scope="col">{t('example.beam.probability')}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="beam-greedy">
              <th scope="row">{t('example.beam.greedy')}</th>
              <td>{words(r.greedy.tokens)}</td>
              <td>{formatNumber(Math.exp(r.greedy.logProb), 3)}</td>
            </tr>
            <tr data-testid="beam-best">
              <th scope="row">{t('example.beam.beam', { width })}</th>
              <td>{words(r.best.tokens)}</td>
              <td>{formatNumber(Math.exp(r.best.logProb), 3)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Perplexity of a short sequence from the probabilities the model gave its tokens: exp(nats) = 2^bits. */
export function PerplexityExample({ probs, vocab }: { probs: number[]; vocab: number }) {
  const r = computeFor('PerplexityExample', () => {
    const ppl = perplexity(probs);
    const nats = Math.log(ppl);
    return { ppl, nats, bits: nats / Math.LN2, uniform: perplexity(probs.map(() => 1 / vocab)) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="perplexity-example">
      <Tex display expression={`p(x_t \\mid x_{<t}) = ${texVector(probs, 3)}`} />
      <Tex display expression={`\\bar{\\mathcal L} = -\\tfrac{1}{${probs.length}}\\textstyle\\sum_t \\ln p = ${formatNumber(r.nats, 4)}\\text{ nats} = ${formatNumber(r.bits, 4)}\\text{ bits}`} />
      <Tex display expression={`\\mathrm{PPL} = e^{${formatNumber(r.nats, 4)}} = 2^{${formatNumber(r.bits, 4)}} = ${formatNumber(r.ppl, 3)}`} />
      <p data-testid="perplexity-uniform">
        {t('example.perplexity.uniform', { vocab: vocab.toLocaleString('en-US'), uniform: Math.round(r.uniform).toLocaleString('en-US') })}
      </p>
    </figure>
  );
}
