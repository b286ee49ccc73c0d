import { dispatchWithCapacity, expertCapacity, expertChoice } from '@/lib/math';
import { formatNumber, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, texSet } from './example-utils';
import { Tex } from './tex';

type Matrix = number[][];

/**
 * Worked capacity and token dropping, every number from lib/math at build time: the capacity
 * ceil(CF·T·k/N), then each expert's buffer filled slot-major (all first choices in token order,
 * then all second choices, …), with the assignments that find it full struck through.
 */
export function CapacityExample({ indices, experts, capacityFactor }: { indices: number[][]; experts: number; capacityFactor: number }) {
  const r = computeFor('CapacityExample', () => {
    const tokens = indices.length;
    const k = indices[0]?.length ?? 0;
    const capacity = expertCapacity(tokens, experts, k, capacityFactor);
    const { kept, load } = dispatchWithCapacity(indices, experts, capacity);
    // Each expert's requests in priority order (slot-major), with whether lib/math kept them.
    const queues = Array.from({ length: experts }, () => [] as { token: number; slot: number; kept: boolean }[]);
    for (let slot = 0; slot < k; slot++) indices.forEach((row, t) => queues[row[slot]].push({ token: t, slot, kept: kept[t][slot] }));
    const skipped = kept.flatMap((row, t) => (row.every((x) => !x) ? [t] : []));
    const dropped = kept.flat().filter((x) => !x).length;
    // Drops are certain only when the slots cannot hold every assignment, N·C < T·K: with the ceil,
    // a factor below 1 can still fit them all (T = 8, N = 4, K = 1, CF 0.9 gives C = 2).
    const slots = experts * capacity;
    return { tokens, k, capacity, load, queues, skipped, dropped, slots, short: slots < tokens * k, raw: (capacityFactor * tokens * k) / experts };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="capacity-example">
      <Tex
        display
        expression={`C = \\Big\\lceil \\mathrm{CF}\\cdot\\frac{T\\,k}{N}\\Big\\rceil = \\Big\\lceil ${formatNumber(capacityFactor, 2)}\\cdot\\frac{${r.tokens}\\cdot ${r.k}}{${experts}}\\Big\\rceil = \\lceil ${formatNumber(r.raw, 2)}\\rceil = ${r.capacity}`}
      />
      <p data-testid="capacity-slots">
        {slotText(t('example.capacity.slots'), {
          slots: <Tex expression={`N\\cdot C = ${experts}\\cdot ${r.capacity} = ${r.slots}`} />,
          assignments: <Tex expression={`T\\cdot k = ${r.tokens}\\cdot ${r.k} = ${r.tokens * r.k}`} />,
          verdict: t(r.short ? 'example.capacity.slotsShort' : 'example.capacity.slotsEnough'),
        })}
      </p>
      <p>{t(r.k > 1 ? 'example.capacity.choicesMany' : 'example.capacity.choicesOne')}</p>
      <Tex display expression={texMatrix(indices, 0)} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.capacity.bufferLabel')}>
        <table>
          <caption>{t('example.capacity.bufferCaption', { capacity: r.capacity })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.capacity.expert')}</th>
              <th scope="col">{t('example.capacity.requests')}</th>
              <th scope="col">{t('example.capacity.kept')}</th>
            </tr>
          </thead>
          <tbody>
            {r.queues.map((queue, e) => (
              <tr key={e}>
                <th scope="row">{e}</th>
                <td>
                  {queue.length === 0
                    ? '—'
                    : queue.map((q, i) => (
                        <span key={`${q.token}-${q.slot}`}>
                          {i > 0 ? ', ' : null}
                          {q.kept ? (
                            `t${q.token} (#${q.slot + 1})`
                          ) : (
                            <>
                              <s>{`t${q.token} (#${q.slot + 1})`}</s> {t('example.capacity.dropped')}
                            </>
                          )}
                        </span>
                      ))}
                </td>
                <td>
                  {r.load[e]} / {r.capacity}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {r.dropped === 0
          ? t('example.capacity.noneDropped')
          : t(r.dropped > 1 ? 'example.capacity.droppedMany' : 'example.capacity.droppedOne', { count: r.dropped })}
        {r.skipped.length > 0
          ? slotText(t(r.skipped.length > 1 ? 'example.capacity.skippedMany' : 'example.capacity.skippedOne'), {
              set: <Tex expression={texSet(r.skipped)} />,
            })
          : t('example.capacity.noneSkipped')}
      </p>
      <figcaption>{t('example.capacity.caption')}</figcaption>
    </figure>
  );
}

/**
 * Worked expert-choice routing (Zhou et al. 2022), every number from lib/math at build time: each
 * expert takes its k = c·n/e highest-scoring tokens; tokens may get several experts or none.
 */
export function ExpertChoiceExample({ probs, capacityFactor }: { probs: Matrix; capacityFactor: number }) {
  const r = computeFor('ExpertChoiceExample', () => {
    const n = probs.length;
    const e = probs[0]?.length ?? 0;
    const k = expertCapacity(n, e, 1, capacityFactor);
    const picks = expertChoice(probs, k);
    const perToken = Array.from({ length: n }, (_, t) => picks.filter((tokens) => tokens.includes(t)).length);
    return { n, e, k, picks, perToken };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="expert-choice-example">
      <Tex display expression={`S = ${texMatrix(probs, 2)}\\quad(n = ${r.n}\\ \\text{${t('example.capacity.tokens')}} \\times e = ${r.e}\\ \\text{${t('example.capacity.experts')}})`} />
      <Tex display expression={`k = \\frac{n\\cdot c}{e} = \\frac{${r.n}\\cdot ${formatNumber(capacityFactor, 2)}}{${r.e}} = ${r.k}\\ \\text{${t('example.capacity.tokensPerExpert')}}`} />
      <ul>
        {r.picks.map((tokens, e) => (
          <li key={e}>
            {slotText(t('example.capacity.expertTakes', { e }), { set: <Tex expression={texSet(tokens)} /> })}
          </li>
        ))}
      </ul>
      <p>
        {slotText(t('example.capacity.expertsPerToken'), { counts: <Tex expression={`(${r.perToken.join(',\\ ')})`} /> })}
        {r.perToken.includes(0) ? t('example.capacity.zeroExperts') : ''}
      </p>
      <figcaption>{t('example.capacity.expertChoiceCaption')}</figcaption>
    </figure>
  );
}
