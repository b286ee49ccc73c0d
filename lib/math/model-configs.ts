import type { ModelShape } from './parameters';

/**
 * Released decoder LLMs as the back-of-envelope functions see them. Every number carries its
 * source: `sources.shape` for the whole shape (one official config or one paper table),
 * the others for the context, training tokens and published totals. Data only, no logic.
 */
export interface ModelConfig {
  id: (typeof MODEL_CONFIG_IDS)[number];
  name: string;
  shape: ModelShape;
  /** longest context the release supports, in tokens */
  context: number;
  /** pre-training tokens, or null where the authors have not published them */
  trainingTokens: number | null;
  /** published totals in parameters, and the unit of their last printed digit */
  published: { total: number; active: number; unit: number };
  sources: { shape: string; context: string; trainingTokens: string; published: string };
}

export const MODEL_CONFIG_IDS = ['llama-2-70b', 'mixtral-8x7b', 'dbrx', 'deepseek-v3'] as const;

export const MODEL_CONFIGS: readonly ModelConfig[] = [
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    // dense: every block has the 28672-wide SwiGLU FFN (denseLayers = layers, no router)
    shape: {
      layers: 80, crossAttentionLayers: 0, dModel: 8192, vocab: 32000, tiedEmbeddings: false,
      attention: { kind: 'gqa', heads: 64, kvHeads: 8, headDim: 128 }, ffn: 'swiglu', expertHidden: 28672, denseHidden: 28672,
      experts: 1, sharedExperts: 0, topK: 1, denseLayers: 80, moeEvery: 1,
    },
    context: 4096,
    trainingTokens: 2e12,
    published: { total: 70e9, active: 70e9, unit: 1e9 },
    sources: {
      shape: 'meta-llama/Llama-2-70b-hf config.json (hidden_size 8192, num_hidden_layers 80, num_attention_heads 64, num_key_value_heads 8, intermediate_size 28672, vocab_size 32000, untied)',
      context: 'Touvron et al. 2023, arXiv:2307.09288, Table 1 (4k context, GQA for 34B and 70B)',
      trainingTokens: 'Touvron et al. 2023, Table 1 (2.0T tokens)',
      published: 'Touvron et al. 2023, Table 1 (the 70B size; the weights count 69.0B)',
    },
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    shape: {
      layers: 32, crossAttentionLayers: 0, dModel: 4096, vocab: 32000, tiedEmbeddings: false,
      attention: { kind: 'gqa', heads: 32, kvHeads: 8, headDim: 128 }, ffn: 'swiglu', expertHidden: 14336, denseHidden: 14336,
      experts: 8, sharedExperts: 0, topK: 2, denseLayers: 0, moeEvery: 1,
    },
    context: 32768,
    trainingTokens: null,
    published: { total: 46.7e9, active: 12.9e9, unit: 0.1e9 },
    sources: {
      shape: 'Jiang et al. 2024, arXiv:2401.04088, Table 1 (dim 4096, n_layers 32, head_dim 128, hidden_dim 14336, n_heads 32, n_kv_heads 8, vocab_size 32000, 8 experts, top-2)',
      context: 'Jiang et al. 2024, Table 1 (context_len 32768)',
      trainingTokens: 'not published (Jiang et al. 2024 state only "pretrained with multilingual data")',
      published: 'Mistral AI release "Mixtral of experts", Dec 2023 (46.7B / 12.9B; the paper rounds to 47B / 13B); FACTS A9',
    },
  },
  {
    id: 'dbrx',
    name: 'DBRX',
    shape: {
      layers: 40, crossAttentionLayers: 0, dModel: 6144, vocab: 100352, tiedEmbeddings: false,
      attention: { kind: 'gqa', heads: 48, kvHeads: 8, headDim: 128 }, ffn: 'swiglu', expertHidden: 10752, denseHidden: 10752,
      experts: 16, sharedExperts: 0, topK: 4, denseLayers: 0, moeEvery: 1,
    },
    context: 32768,
    trainingTokens: 12e12,
    published: { total: 132e9, active: 36e9, unit: 1e9 },
    sources: {
      shape: 'databricks/dbrx-base config.json (d_model 6144, n_layers 40, n_heads 48, kv_n_heads 8, ffn_hidden_size 10752, moe_num_experts 16, moe_top_k 4, vocab_size 100352)',
      context: 'databricks/dbrx-base config.json (max_seq_len 32768); Databricks blog, Mar 2024 (32K context)',
      trainingTokens: 'Databricks blog "Introducing DBRX", Mar 2024 (12T tokens); FACTS A10',
      published: 'Databricks blog, Mar 2024 (132B total / 36B active); FACTS A10',
    },
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    shape: {
      layers: 61, crossAttentionLayers: 0, dModel: 7168, vocab: 129280, tiedEmbeddings: false,
      attention: { kind: 'mla', heads: 128, qRank: 1536, kvRank: 512, qkNopeDim: 128, qkRopeDim: 64, vDim: 128 },
      ffn: 'swiglu', expertHidden: 2048, denseHidden: 18432,
      experts: 256, sharedExperts: 1, topK: 8, denseLayers: 3, moeEvery: 1,
    },
    context: 131072,
    trainingTokens: 14.8e12,
    published: { total: 671e9, active: 37e9, unit: 1e9 },
    sources: {
      shape: 'DeepSeek-AI 2024, arXiv:2412.19437, §4.2 (61 layers, hidden 7168, 128 heads, d_h 128, d_c 512, d′_c 1536, d_h^R 64, first 3 layers dense, 1 shared + 256 routed experts of width 2048, 8 active) and deepseek-ai/DeepSeek-V3 config.json (vocab_size 129280, intermediate_size 18432)',
      context: 'DeepSeek-AI 2024, §4.3 (context extended to 128K)',
      trainingTokens: 'DeepSeek-AI 2024, abstract (14.8T tokens); FACTS A12',
      published: 'DeepSeek-AI 2024, abstract (671B total / 37B activated); FACTS A12',
    },
  },
];

/** The configuration with this id (the first one for an unknown id). */
export function modelConfig(id: string): ModelConfig {
  return MODEL_CONFIGS.find((m) => m.id === id) ?? MODEL_CONFIGS[0];
}
