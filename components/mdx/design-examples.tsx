import { ffnParameters, layerNorm, rmsNorm, rootMeanSquare, ropeRelativeScore, ropeScore, scalingStudy, swiGluHidden } from '@/lib/math';
import { formatNumber } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, ensure, texVector } from './example-utils';
import { Tex } from './tex';

/**
 * What dividing the scores by √d_k changes, averaged over seeded random draws: the spread of the
 * scores, the largest attention weight and the largest softmax-Jacobian entry, with and without it.
 */
export function ScalingExample({ dims, keys, draws, seed }: { dims: number[]; keys: number; draws: number; seed: number }) {
  const rows = computeFor('ScalingExample', () => {
    ensure(dims.length > 0, 'dims must list at least one d_k');
    return dims.map((dK) => scalingStudy(dK, keys, draws, seed));
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="scaling-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.scaling.aria')}>
        <table>
          <caption>{t('example.scaling.caption', { keys, draws, seed })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <Tex expression="d_k" />
              </th>
              <th scope="col">{t('example.scaling.spread')}</th>
              <th scope="col">{t('example.scaling.weight')}</th>
              <th scope="col">
                {slotText(t('example.scaling.jacobian'), { partial: <Tex expression="|\partial p_i/\partial z_j|" /> })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.dK} data-testid={`scaling-row-${r.dK}`}>
                <th scope="row">{r.dK}</th>
                <td>
                  {formatNumber(r.scoreStd.unscaled, 2)} → {formatNumber(r.scoreStd.scaled, 2)}
                </td>
                <td>
                  {formatNumber(r.maxWeight.unscaled, 3)} → {formatNumber(r.maxWeight.scaled, 3)}
                </td>
                <td>
                  {formatNumber(r.maxJacobian.unscaled, 3)} → {formatNumber(r.maxJacobian.scaled, 3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {slotText(t('example.scaling.note', { keys }), { sqrtDk: <Tex expression="\sqrt{d_k}" />, quarter: <Tex expression="1/4" /> })}
      </p>
    </figure>
  );
}

/** LayerNorm and RMSNorm of the same vector, unit gain and zero bias, with the statistics each uses. */
export function NormExample({ x }: { x: number[] }) {
  const r = computeFor('NormExample', () => {
    const ones = x.map(() => 1);
    const ln = layerNorm([x], ones, x.map(() => 0))[0];
    const rms = rmsNorm(x, ones);
    const mean = x.reduce((s, v) => s + v, 0) / x.length;
    const shifted = x.map((v) => v + 10);
    return { ln, rms, mean, rmsValue: rootMeanSquare(x), lnShifted: layerNorm([shifted], ones, x.map(() => 0))[0], rmsShifted: rmsNorm(shifted, ones) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="norm-example">
      <Tex display expression={`x = ${texVector(x, 1)}`} />
      <Tex display expression={`\\mu = ${formatNumber(r.mean, 3)},\\qquad \\mathrm{RMS}(x) = ${formatNumber(r.rmsValue, 3)}`} />
      <p>{t('example.norm.unit')}</p>
      <div data-testid="norm-ln">
        <Tex display expression={`\\mathrm{LN}(x) = ${texVector(r.ln, 3)}`} />
      </div>
      <div data-testid="norm-rms">
        <Tex display expression={`\\mathrm{RMSNorm}(x) = ${texVector(r.rms, 3)}`} />
      </div>
      <Tex display expression={`\\mathrm{LN}(x + 10) = ${texVector(r.lnShifted, 3)}`} />
      <Tex display expression={`\\mathrm{RMSNorm}(x + 10) = ${texVector(r.rmsShifted, 3)}`} />
      <p>{t('example.norm.note')}</p>
    </figure>
  );
}

/** RoPE scores of one query and key at several position pairs, next to the closed form in m − n. */
export function RopeExample({ q, k, pairs }: { q: number[]; k: number[]; pairs: [number, number][] }) {
  const rows = computeFor('RopeExample', () => {
    ensure(pairs.length > 0, 'pairs must list at least one (m, n)');
    return pairs.map(([m, n]) => ({ m, n, score: ropeScore(q, m, k, n), relative: ropeRelativeScore(q, k, m - n) }));
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="rope-example">
      <Tex display expression={`q = ${texVector(q, 1)},\\qquad k = ${texVector(k, 1)},\\qquad \\theta_i = 10000^{-2(i-1)/${q.length}}`} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.rope.aria')}>
        <table>
          <caption>{t('example.rope.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.rope.pair')}</th>
              <th scope="col">{t('example.rope.offset')}</th>
              <th scope="col">
                <Tex expression="\langle R_m q,\, R_n k\rangle" />
              </th>
              <th scope="col">{t('example.rope.closed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.m}-${r.n}`} data-testid={`rope-row-${r.m}-${r.n}`}>
                <th scope="row">
                  {r.m}, {r.n}
                </th>
                <td>{r.m - r.n}</td>
                <td>{formatNumber(r.score, 6)}</td>
                <td>{formatNumber(r.relative, 6)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The SwiGLU hidden width that matches a 4d ReLU FFN's parameters, and what each FFN stores. */
export function SwiGluWidthExample({ dims, multiple }: { dims: number[]; multiple: number }) {
  const rows = computeFor('SwiGluWidthExample', () => {
    ensure(dims.length > 0, 'dims must list at least one d_model');
    return dims.map((d) => {
      const exact = swiGluHidden(d);
      const rounded = swiGluHidden(d, multiple);
      return { d, exact, rounded, relu: ffnParameters(d, 4 * d, 'relu'), swiglu: ffnParameters(d, exact, 'swiglu'), swigluRounded: ffnParameters(d, rounded, 'swiglu') };
    });
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="swiglu-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.swiglu.aria')}>
        <table>
          <caption>{t('example.swiglu.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <Tex expression="d" />
              </th>
              <th scope="col">ReLU: 2·d·4d</th>
              <th scope="col">
                {slotText(t('example.swiglu.width'), { width: <Tex expression="\lfloor 8d/3 \rfloor" /> })}
              </th>
              <th scope="col">SwiGLU: 3·d·h</th>
              <th scope="col">{t('example.swiglu.rounded', { multiple })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.d} data-testid={`swiglu-row-${r.d}`}>
                <th scope="row">{r.d}</th>
                <td>{r.relu.toLocaleString('en-US')}</td>
                <td>{r.exact}</td>
                <td>
                  {r.swiglu.toLocaleString('en-US')} ({formatNumber((100 * r.swiglu) / r.relu, 2)} %)
                </td>
                <td>
                  {r.rounded}: {r.swigluRounded.toLocaleString('en-US')} ({formatNumber((100 * r.swigluRounded) / r.relu, 2)} %)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
