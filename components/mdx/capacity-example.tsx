import { dispatchWithCapacity, expertCapacity, expertChoice } from '@/lib/math';
import { formatNumber, texMatrix } from '@/lib/viz/tex';
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
  return (
    <figure className="worked-example" data-testid="capacity-example">
      <Tex
        display
        expression={`C = \\Big\\lceil \\mathrm{CF}\\cdot\\frac{T\\,k}{N}\\Big\\rceil = \\Big\\lceil ${formatNumber(capacityFactor, 2)}\\cdot\\frac{${r.tokens}\\cdot ${r.k}}{${experts}}\\Big\\rceil = \\lceil ${formatNumber(r.raw, 2)}\\rceil = ${r.capacity}`}
      />
      <p data-testid="capacity-slots">
        Slots <Tex expression={`N\\cdot C = ${experts}\\cdot ${r.capacity} = ${r.slots}`} /> for <Tex expression={`T\\cdot k = ${r.tokens}\\cdot ${r.k} = ${r.tokens * r.k}`} /> assignments:{' '}
        {r.short
          ? 'fewer slots than assignments, so some must be dropped however evenly the router spreads them.'
          : 'enough for every assignment if the router spreads them evenly; only imbalance can drop one.'}
      </p>
      <p>Choices (rows = tokens, columns = 1st{r.k > 1 ? ', 2nd, …' : ''} choice):</p>
      <Tex display expression={texMatrix(indices, 0)} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Each expert's buffer">
        <table>
          <caption>Each expert&apos;s buffer, filled in slot-major order ({r.capacity} slots); struck-through requests are dropped</caption>
          <thead>
            <tr>
              <th scope="col">expert</th>
              <th scope="col">requests in priority order (token, choice)</th>
              <th scope="col">kept</th>
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
                              <s>{`t${q.token} (#${q.slot + 1})`}</s> dropped
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
        {r.dropped === 0 ? 'No assignment is dropped. ' : `${r.dropped} assignment${r.dropped > 1 ? 's are' : ' is'} dropped. `}
        {r.skipped.length > 0 ? (
          <>
            Token{r.skipped.length > 1 ? 's' : ''} <Tex expression={texSet(r.skipped)} /> lost every expert and pass{r.skipped.length > 1 ? '' : 'es'}{' '}
            through the layer on the residual connection alone.
          </>
        ) : (
          'Every token keeps at least one expert.'
        )}
      </p>
      <figcaption>
        Tokens (t0, t1, …) and experts are numbered from 0. Computed by the site&apos;s reference implementation when the page is built.
      </figcaption>
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
  return (
    <figure className="worked-example" data-testid="expert-choice-example">
      <Tex display expression={`S = ${texMatrix(probs, 2)}\\quad(n = ${r.n}\\ \\text{tokens} \\times e = ${r.e}\\ \\text{experts})`} />
      <Tex display expression={`k = \\frac{n\\cdot c}{e} = \\frac{${r.n}\\cdot ${formatNumber(capacityFactor, 2)}}{${r.e}} = ${r.k}\\ \\text{tokens per expert}`} />
      <ul>
        {r.picks.map((tokens, e) => (
          <li key={e}>
            Expert {e} takes tokens <Tex expression={texSet(tokens)} />
          </li>
        ))}
      </ul>
      <p>
        Experts per token: <Tex expression={`(${r.perToken.join(',\\ ')})`} />.
        {r.perToken.includes(0) ? ' A token with 0 experts skips the layer through the residual connection.' : ''}
      </p>
      <figcaption>Tokens and experts are numbered from 0; ties go to the lower token id. Computed by the site&apos;s reference implementation when the page is built.</figcaption>
    </figure>
  );
}
