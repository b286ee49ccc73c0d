import { backOfEnvelope, modelConfig, onlineSoftmaxAttention, rooflineTime, softmax, MODEL_CONFIG_IDS } from '@/lib/math';
import { formatParams, formatPlain, formatSeconds, formatSi } from '@/lib/widgets/llm-calculator/format';
import { gpu as gpuById, GPU_IDS } from '@/lib/widgets/llm-calculator/gpus';
import { formatNumber, texMatrix } from '@/lib/viz/tex';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, ensure, texVector } from './example-utils';
import { Tex } from './tex';

const BF16 = 2;

/** A small number in LaTeX scientific notation: 2.2e-16 → 2.2 \times 10^{-16}; 0 → 0. */
function texScientific(x: number): string {
  if (x === 0) return '0';
  const [mantissa, exponent] = x.toExponential(1).split('e');
  return `${mantissa}\\times 10^{${Number(exponent)}}`;
}

function checkModel(id: string): void {
  ensure((MODEL_CONFIG_IDS as readonly string[]).includes(id), `unknown model "${id}" (one of ${MODEL_CONFIG_IDS.join(', ')})`);
}

function envelope(id: string, context: number, batch: number, attention: 'released' | 'mha' | 'mqa' = 'released') {
  return backOfEnvelope(id, { context, batch, bytes: BF16, attention, trainingTokens: 0, adam: 'mixed' });
}

/** The per-token cache formula of a model, with its numbers. */
function cacheFormula(id: string): string {
  const { shape } = modelConfig(id);
  const a = shape.attention;
  if (a.kind === 'mla') return `(d_c + d_h^R)\\,l\\,b = (${a.kvRank} + ${a.qkRopeDim})\\cdot ${shape.layers}\\cdot ${BF16}`;
  if (a.kind === 'gqa') return `2\\,l\\,n_{kv}\\,d_h\\,b = 2\\cdot ${shape.layers}\\cdot ${a.kvHeads}\\cdot ${a.headDim}\\cdot ${BF16}`;
  return `2\\,l\\,d\\,b = 2\\cdot ${shape.layers}\\cdot ${shape.dModel}\\cdot ${BF16}`;
}

/**
 * KV-cache size of released models in bf16, every number from lib/math at build time: bytes per
 * token with the released attention and with one K/V head per query head (MHA), and one sequence
 * of `context` tokens.
 */
export function KvCacheExample({ models, context }: { models: string[]; context: number }) {
  const rows = computeFor('KvCacheExample', () => {
    ensure(models.length > 0, 'models must name at least one model');
    return models.map((id) => {
      checkModel(id);
      const released = envelope(id, context, 1);
      const mha = envelope(id, context, 1, 'mha');
      return { id, name: released.model.name, formula: cacheFormula(id), perToken: released.kvBytesPerToken, sequence: released.kvBytes, mhaPerToken: mha.kvBytesPerToken, kind: released.model.shape.attention.kind };
    });
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="kv-cache-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.kvCache.aria')}>
        <table>
          <caption>{t('example.kvCache.caption', { context })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.kvCache.model')}</th>
              <th scope="col">{t('example.kvCache.formula')}</th>
              <th scope="col">{t('example.kvCache.perToken')}</th>
              <th scope="col">{t('example.kvCache.sequence', { context })}</th>
              <th scope="col">{t('example.kvCache.mha')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.name} ({r.kind.toUpperCase()})
                </th>
                <td>
                  <Tex expression={`${r.formula} = ${r.perToken}`} />
                </td>
                <td data-testid={`kv-${r.id}`}>{formatSi(r.perToken, 'B')}</td>
                <td>{formatSi(r.sequence, 'B')}</td>
                <td>
                  {formatSi(r.mhaPerToken, 'B')} ({formatPlain(r.mhaPerToken / r.perToken)}×)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/**
 * One decode step of `model` at several batch sizes on a GPU's roofline: FLOPs, bytes read
 * (weights once per step, the experts the batch touches, the KV cache), arithmetic intensity and
 * the lower bound on the step time.
 */
export function DecodeExample({ model, batches, context, gpu }: { model: string; batches: number[]; context: number; gpu: string }) {
  const r = computeFor('DecodeExample', () => {
    checkModel(model);
    ensure((GPU_IDS as readonly string[]).includes(gpu), `unknown gpu "${gpu}"`);
    ensure(batches.length > 0, 'batches must not be empty');
    const g = gpuById(gpu);
    const rows = batches.map((batch) => {
      const e = envelope(model, context, batch);
      const roof = rooflineTime(e.decode.flops, e.decode.bytes, g.peakFlops, g.bandwidth);
      return { batch, ...e.decode, ...roof, perToken: roof.seconds / batch };
    });
    const m = modelConfig(model);
    const e1 = envelope(model, context, 1);
    return { g, rows, m, moe: e1.params.moeLayers > 0, total: e1.params.total, active: e1.params.active };
  });
  const t = getT();
  const bound = { memory: t('example.decode.memory'), compute: t('example.decode.compute') };
  return (
    <figure className="worked-example" data-testid="decode-example">
      <p>
        {t('example.decode.setup', {
          model: r.m.name,
          total: formatParams(r.total),
          active: r.moe ? t('example.decode.active', { active: formatParams(r.active) }) : '',
          context,
          gpu: r.g.name,
          flops: formatSi(r.g.peakFlops, 'FLOP/s'),
          bandwidth: formatSi(r.g.bandwidth, 'B/s'),
          ridge: formatPlain(r.g.peakFlops / r.g.bandwidth),
        })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.decode.aria')}>
        <table>
          <caption>{t('example.decode.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.decode.batch')}</th>
              <th scope="col">{t('example.decode.flops')}</th>
              <th scope="col">{t('example.decode.bytes')}</th>
              {r.moe ? <th scope="col">{t('example.decode.experts')}</th> : null}
              <th scope="col">{t('example.decode.intensity')}</th>
              <th scope="col">{t('example.decode.time')}</th>
              <th scope="col">{t('example.decode.bound')}</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.batch} data-testid={`decode-row-${row.batch}`}>
                <th scope="row">{row.batch}</th>
                <td>{formatSi(row.flops, 'FLOP')}</td>
                <td>{formatSi(row.bytes, 'B')}</td>
                {r.moe ? (
                  <td>{t('example.decode.touched', { touched: formatPlain(row.expertsTouched), experts: r.m.shape.experts })}</td>
                ) : null}
                <td>{formatPlain(row.intensity)}</td>
                <td>{formatSeconds(row.seconds)}</td>
                <td>{bound[row.bound]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.moe ? (
        <p>
          {slotText(t('example.decode.uniform'), { formula: <Tex expression="E\,\big(1-(1-k/E)^B\big)" />, batch: <Tex expression="B" /> })}
        </p>
      ) : null}
    </figure>
  );
}

/**
 * One query's attention over a few keys computed block by block with the online softmax, next
 * to the ordinary softmax: the running max and normaliser after each block, and the same output.
 */
export function OnlineSoftmaxExample({ scores, values, blockSize }: { scores: number[]; values: number[][]; blockSize: number }) {
  const r = computeFor('OnlineSoftmaxExample', () => {
    const online = onlineSoftmaxAttention(scores, values, blockSize);
    const p = softmax(scores);
    const exact = values[0].map((_, c) => values.reduce((s, v, j) => s + p[j] * v[c], 0));
    return { ...online, exact, gap: Math.max(...exact.map((x, c) => Math.abs(x - online.output[c]))) };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="online-softmax-example">
      <p>
        {slotText(t('example.onlineSoftmax.intro', { keys: scores.length, block: blockSize }), { j: <Tex expression="j" />, vt: <Tex expression="V^\top" /> })}
      </p>
      <Tex display expression={`s = ${texVector(scores, 1)},\\qquad V^\\top = ${texMatrix(values[0].map((_, c) => values.map((row) => row[c])), 1)}`} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.onlineSoftmax.aria')}>
        <table>
          <caption>{t('example.onlineSoftmax.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.onlineSoftmax.keys')}</th>
              <th scope="col">{t('example.onlineSoftmax.max')}</th>
              <th scope="col">{t('example.onlineSoftmax.normaliser')}</th>
              <th scope="col">{t('example.onlineSoftmax.output')}</th>
            </tr>
          </thead>
          <tbody>
            {r.steps.map((s) => (
              <tr key={s.start}>
                <th scope="row">
                  {s.start + 1}–{Math.min(scores.length, s.start + blockSize)}
                </th>
                <td>{formatNumber(s.m, 1)}</td>
                <td>{formatNumber(s.l, 4)}</td>
                <td>
                  <Tex expression={texVector(s.output, 4)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p data-testid="online-softmax-exact">
        {slotText(t('example.onlineSoftmax.exact'), { exact: <Tex expression={texVector(r.exact, 4)} />, gap: <Tex expression={texScientific(r.gap)} /> })}
      </p>
    </figure>
  );
}
