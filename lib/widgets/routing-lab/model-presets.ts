import { modelConfig, type ModelShape } from '@/lib/math';

/** A published model: the shape the calculator assumes and the figures its authors report. */
export interface ModelPreset {
  id: (typeof MODEL_PRESET_IDS)[number];
  name: string;
  shape: ModelShape;
  /** reported totals in parameters, and the unit of their last digit (the source's rounding) */
  published: { total: number; active: number; unit: number };
  /** FACTS.md section and primary source of the published figures */
  source: string;
}

export const MODEL_PRESET_IDS = ['switch-base', 'mixtral-8x7b', 'dbrx', 'deepseek-moe-16b', 'deepseek-v3'] as const;

// Shapes: the released configurations (model cards / config.json); only the published totals are
// in FACTS.md, so the UI states each shape and the tests compare with those totals. The models the
// LLM calculator also shows take their shape from lib/math's configs, where each has its source.
export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: 'switch-base',
    name: 'Switch-Base (128 experts)',
    // T5-Base encoder–decoder (12 + 12 blocks, d 768, ReLU FFN 3072, tied 32128-token vocabulary),
    // every other FFN replaced by 128 top-1 experts.
    shape: {
      layers: 24, crossAttentionLayers: 12, dModel: 768, vocab: 32128, tiedEmbeddings: true,
      attention: { kind: 'mha' }, ffn: 'relu', expertHidden: 3072, denseHidden: 3072,
      experts: 128, sharedExperts: 0, topK: 1, denseLayers: 0, moeEvery: 2,
    },
    // FACTS A6: 7.4B vs T5-Base 223M (equal FLOPs per token, so ≈ T5-Base active)
    published: { total: 7.4e9, active: 223e6, unit: 0.1e9 },
    source: 'FACTS A6; Fedus et al. 2021, arXiv:2101.03961',
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B',
    shape: modelConfig('mixtral-8x7b').shape,
    published: { total: 46.7e9, active: 12.9e9, unit: 0.1e9 },
    source: 'FACTS A9, A18; Jiang et al. 2024, arXiv:2401.04088; Mistral release',
  },
  {
    id: 'dbrx',
    name: 'DBRX',
    shape: modelConfig('dbrx').shape,
    published: { total: 132e9, active: 36e9, unit: 1e9 },
    source: 'FACTS A10, A18; Databricks, March 2024',
  },
  {
    id: 'deepseek-moe-16b',
    name: 'DeepSeekMoE 16B',
    shape: {
      layers: 28, crossAttentionLayers: 0, dModel: 2048, vocab: 102400, tiedEmbeddings: false,
      attention: { kind: 'mha' }, ffn: 'swiglu', expertHidden: 1408, denseHidden: 10944,
      experts: 64, sharedExperts: 2, topK: 6, denseLayers: 1, moeEvery: 1,
    },
    published: { total: 16.4e9, active: 2.8e9, unit: 0.1e9 },
    source: 'FACTS A11, A18; Dai et al. 2024, arXiv:2401.06066',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    shape: modelConfig('deepseek-v3').shape,
    published: { total: 671e9, active: 37e9, unit: 1e9 },
    source: 'FACTS A12, A18; DeepSeek-AI 2024, arXiv:2412.19437',
  },
];

/** The preset with this id (the first one for an unknown id). */
export function modelPreset(id: string): ModelPreset {
  return MODEL_PRESETS.find((p) => p.id === id) ?? MODEL_PRESETS[0];
}
