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
  return (
    <figure className="worked-example" data-testid="footprint-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Stored and active parameters">
        <table>
          <caption>Weights in bf16 (2 bytes each), from the released configurations</caption>
          <thead>
            <tr>
              <th scope="col">model</th>
              <th scope="col">parameters stored</th>
              <th scope="col">active per token</th>
              <th scope="col">memory for the weights</th>
              <th scope="col">forward FLOPs per token</th>
              <th scope="col">stored per active</th>
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
        FLOPs per token are <Tex expression="2N_{active}" /> (the input-embedding lookup does no multiply-adds); attention over the context adds a term that grows with its length.
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
  return (
    <figure className="worked-example" data-testid="experts-touched-example">
      {tables.map((t) => (
        <div key={t.id}>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`Experts touched by a batch, ${t.name}`}>
            <table>
              <caption>
                {t.name}: {t.experts} routed experts, top-{t.k}, per MoE layer
              </caption>
              <thead>
                <tr>
                  <th scope="col">tokens in the step</th>
                  <th scope="col">distinct experts touched</th>
                  <th scope="col">share of the experts loaded</th>
                  <th scope="col">average tokens per expert</th>
                </tr>
              </thead>
              <tbody>
                {t.rows.map((r) => (
                  <tr key={r.batch} data-testid={`touched-${t.id}-${r.batch}`}>
                    <th scope="row">{r.batch}</th>
                    <td>
                      {formatPlain(r.touched)} of {t.experts}
                    </td>
                    <td>{formatPlain(100 * r.share)} %</td>
                    <td>{formatPlain(r.perExpert)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p data-testid={`ninety-${t.id}`}>
            {t.name}: a step of {t.ninety} tokens is expected to load 90 % of the experts of every MoE layer.
          </p>
        </div>
      ))}
      <p>
        Uniform routing: <Tex expression="E\,\big(1-(1-k/E)^B\big)" /> distinct experts and <Tex expression="Bk/E" /> tokens per expert for <Tex expression="B" /> tokens. A skewed router touches fewer experts and overloads some.
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
    const rows = tokens.map((t) => ({ t, all: allToAllPerForward(model, t, BF16), capped: nodeLimit ? allToAllPerForward(model, t, BF16, nodeLimit) : null }));
    return { shape, name, rows };
  });
  return (
    <figure className="worked-example" data-testid="all-to-all-example">
      <p>
        {r.name}: <Tex expression={`d_{model} = ${r.shape.dModel}`} />, top-{r.shape.topK}, {r.rows[0].all.moeLayers} MoE layers, activations in bf16. Per layer:{' '}
        <Tex expression={`2\\,T\\,k\\,d\\,b = 2\\cdot T\\cdot ${r.shape.topK}\\cdot ${r.shape.dModel}\\cdot ${BF16}`} />.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="All-to-all bytes">
        <table>
          <caption>Dispatch plus combine, every (token, expert) copy counted</caption>
          <thead>
            <tr>
              <th scope="col">tokens T</th>
              <th scope="col">per MoE layer</th>
              <th scope="col">whole forward pass</th>
              {nodeLimit ? <th scope="col">forward pass, at most {nodeLimit} copies per token cross nodes</th> : null}
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.t} data-testid={`a2a-row-${row.t}`}>
                <th scope="row">{row.t}</th>
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
  return (
    <figure className="worked-example" data-testid="batch-composition-example">
      <div className="table-scroll" tabIndex={0} role="region" aria-label="One token in different batches">
        <table>
          <caption>
            The last token always picks expert {rows[0].firstChoices[rows[0].firstChoices.length - 1]}; capacity factor {capacityFactor}, {experts} experts
          </caption>
          <thead>
            <tr>
              <th scope="col">batch</th>
              <th scope="col">experts picked, in token order</th>
              <th scope="col">capacity C</th>
              <th scope="col">the last token</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-testid={`composition-row-${i}`}>
                <th scope="row">{String.fromCharCode(65 + i)}</th>
                <td>{r.firstChoices.join(', ')}</td>
                <td>{r.capacity}</td>
                <td>{r.kept ? 'kept: goes through its expert' : 'dropped: skips the layer through the residual'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
