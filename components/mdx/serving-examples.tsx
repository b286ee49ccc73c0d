import {
  allToAllPerForward,
  batchForExpertCoverage,
  dispatchWithCapacity,
  expectedExpertsTouched,
  expertCapacity,
  modelConfig,
  servingFootprint,
  tokensPerExpert,
  MODEL_CONFIG_IDS,
} from '@/lib/math';
import { formatParams, formatPlain, formatSi } from '@/lib/widgets/llm-calculator/format';
import { getT } from '@/components/i18n/request-locale';
import { slotText } from '@/components/i18n/slot-text';
import { computeFor, ensure } from './example-utils';
import { Tex } from './tex';

const BF16 = 2;

function checkModel(id: string): void {
  ensure((MODEL_CONFIG_IDS as readonly string[]).includes(id), `unknown model "${id}" (one of ${MODEL_CONFIG_IDS.join(', ')})`);
}

function checkMoe(id: string): void {
  checkModel(id);
  ensure(modelConfig(id).shape.experts > 1, `"${id}" is a dense model: it has no experts to route to`);
}

/** Stored against active parameters of presets in bf16: what memory must hold and what a token computes. */
export function FootprintExample({ models }: { models: string[] }) {
  const rows = computeFor('FootprintExample', () => {
    ensure(models.length > 0, 'models must name at least one model');
    return models.map((id) => {
      checkModel(id);
      return { id, name: modelConfig(id).name, ...servingFootprint(id, BF16) };
    });
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="footprint-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.footprint.label')}>
        <table>
          <caption>{t('example.footprint.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.footprint.model')}</th>
              <th scope="col">{t('example.footprint.stored')}</th>
              <th scope="col">{t('example.footprint.active')}</th>
              <th scope="col">{t('example.footprint.memory')}</th>
              <th scope="col">{t('example.footprint.flops')}</th>
              <th scope="col">{t('example.footprint.ratio')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid={`footprint-${r.id}`}>
                <th scope="row">{r.name}</th>
                <td>{formatParams(r.totalParams)}</td>
                <td>{formatParams(r.activeParams)}</td>
                <td>{formatSi(r.weightBytes, 'B')}</td>
                <td>{formatSi(r.flopsPerToken, 'FLOP')}</td>
                <td>{formatPlain(r.storedPerActive)}×</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {slotText(t('example.footprint.note'), { flops: <Tex expression="2N_{active}" /> })}
      </p>
    </figure>
  );
}

/**
 * Distinct experts a decode batch touches per MoE layer under uniform routing, the average
 * tokens each expert then gets, and the batch at which 90 % of the experts are expected to load.
 */
export function ExpertsTouchedExample({ models, batches }: { models: string[]; batches: number[] }) {
  const tables = computeFor('ExpertsTouchedExample', () => {
    ensure(models.length > 0, 'models must name at least one model');
    ensure(batches.length > 0, 'batches must not be empty');
    return models.map((id) => {
      checkMoe(id);
      const { shape, name } = modelConfig(id);
      const rows = batches.map((batch) => {
        const touched = expectedExpertsTouched(shape.experts, shape.topK, batch);
        return { batch, touched, share: touched / shape.experts, perExpert: tokensPerExpert(batch, shape.topK, shape.experts) };
      });
      return { id, name, experts: shape.experts, k: shape.topK, rows, ninety: batchForExpertCoverage(shape.experts, shape.topK, 0.9) };
    });
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="experts-touched-example">
      {tables.map((table) => (
        <div key={table.id}>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.expertsTouched.label', { name: table.name })}>
            <table>
              <caption>{t('example.expertsTouched.caption', { name: table.name, experts: table.experts, k: table.k })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('example.expertsTouched.tokens')}</th>
                  <th scope="col">{t('example.expertsTouched.distinct')}</th>
                  <th scope="col">{t('example.expertsTouched.share')}</th>
                  <th scope="col">{t('example.expertsTouched.perExpert')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.batch} data-testid={`touched-${table.id}-${r.batch}`}>
                    <th scope="row">{r.batch}</th>
                    <td>{t('example.expertsTouched.ofExperts', { touched: formatPlain(r.touched), experts: table.experts })}</td>
                    <td>{formatPlain(100 * r.share)} %</td>
                    <td>{formatPlain(r.perExpert)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p data-testid={`ninety-${table.id}`}>{t('example.expertsTouched.ninety', { name: table.name, tokens: table.ninety })}</p>
        </div>
      ))}
      <p>
        {slotText(t('example.expertsTouched.uniform'), {
          distinct: <Tex expression="E\,\big(1-(1-k/E)^B\big)" />,
          perExpert: <Tex expression="Bk/E" />,
          batch: <Tex expression="B" />,
        })}
      </p>
    </figure>
  );
}

/** All-to-all bytes per MoE layer and per forward pass, for several token counts: dispatch + combine, $2\,T k\,d\,b$. */
export function AllToAllExample({ model, tokens, nodeLimit }: { model: string; tokens: number[]; nodeLimit?: number }) {
  const r = computeFor('AllToAllExample', () => {
    checkMoe(model);
    ensure(tokens.length > 0, 'tokens must not be empty');
    const { shape, name } = modelConfig(model);
    if (nodeLimit !== undefined) ensure(Number.isInteger(nodeLimit) && nodeLimit >= 1 && nodeLimit < shape.topK, `nodeLimit must be an integer from 1 to ${shape.topK - 1}`);
    const rows = tokens.map((n) => ({ n, all: allToAllPerForward(model, n, BF16), capped: nodeLimit ? allToAllPerForward(model, n, BF16, nodeLimit) : null }));
    return { shape, name, rows };
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="all-to-all-example">
      <p>
        {slotText(t('example.allToAll.setup', { name: r.name, k: r.shape.topK, layers: r.rows[0].all.moeLayers }), {
          dModel: <Tex expression={`d_{model} = ${r.shape.dModel}`} />,
          bytes: <Tex expression={`2\\,T\\,k\\,d\\,b = 2\\cdot T\\cdot ${r.shape.topK}\\cdot ${r.shape.dModel}\\cdot ${BF16}`} />,
        })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.allToAll.label')}>
        <table>
          <caption>{t('example.allToAll.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('example.allToAll.tokens')}</th>
              <th scope="col">{t('example.allToAll.perLayer')}</th>
              <th scope="col">{t('example.allToAll.forward')}</th>
              {nodeLimit ? <th scope="col">{t('example.allToAll.capped', { limit: nodeLimit })}</th> : null}
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.n} data-testid={`a2a-row-${row.n}`}>
                <th scope="row">{row.n}</th>
                <td>{formatSi(row.all.perLayer, 'B')}</td>
                <td>{formatSi(row.all.total, 'B')}</td>
                {row.capped ? <td>{formatSi(row.capped.total, 'B')}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/**
 * The same last token routed top-1 to the same expert in different batches, under a capacity
 * limit: whether it is kept depends on the tokens ahead of it (earlier tokens win a full expert).
 */
export function BatchCompositionExample({ batches, experts, capacityFactor }: { batches: number[][][]; experts: number; capacityFactor: number }) {
  const rows = computeFor('BatchCompositionExample', () => {
    ensure(batches.length >= 2, 'batches must list at least two batches');
    ensure(batches.every((b) => b.length > 0 && b.every((row) => row.length === 1)), 'every token picks one expert (top-1, as in Switch)');
    const last = batches.map((b) => b[b.length - 1]?.[0]);
    ensure(last.every((e) => e === last[0]), 'the last token must pick the same expert in every batch');
    return batches.map((indices) => {
      const capacity = expertCapacity(indices.length, experts, indices[0].length, capacityFactor);
      const { kept, load } = dispatchWithCapacity(indices, experts, capacity);
      return { capacity, kept: kept[kept.length - 1][0], load, firstChoices: indices.map((row) => row[0]) };
    });
  });
  const t = getT();
  return (
    <figure className="worked-example" data-testid="batch-composition-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('example.batchComposition.label')}>
        <table>
          <caption>
            {t('example.batchComposition.caption', { expert: rows[0].firstChoices[rows[0].firstChoices.length - 1], factor: capacityFactor, experts })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('example.batchComposition.batch')}</th>
              <th scope="col">{t('example.batchComposition.picked')}</th>
              <th scope="col">{t('example.batchComposition.capacity')}</th>
              <th scope="col">{t('example.batchComposition.last')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-testid={`composition-row-${i}`}>
                <th scope="row">{String.fromCharCode(65 + i)}</th>
                <td>{r.firstChoices.join(', ')}</td>
                <td>{r.capacity}</td>
                <td>{r.kept ? t('example.batchComposition.kept') : t('example.batchComposition.dropped')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
