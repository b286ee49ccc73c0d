/**
 * The LLM calculator: back-of-envelope figures of real models — parameters (total vs active),
 * FLOPs per token, 6·N·D, Adam memory, KV cache with MHA/GQA/MQA/MLA, the arithmetic intensity of
 * a decode step against a GPU's roofline, and all-to-all bytes per MoE layer — computed with
 * lib/math on the main thread (nothing trained, no tfjs).
 *
 * Where its parts are (lib/widgets/llm-calculator/, everything that is not React):
 *   params.ts   the knob table, parser and serialiser
 *   gpus.ts     the accelerators of the roofline, with their datasheet sources
 *   view.ts     every figure shown, with how it was obtained and the preset's sources
 *   format.ts   number formatting
 *   math and model presets: lib/math/inference.ts, model-configs.ts, back-of-envelope.ts
 *   views: components/widgets/llm-calculator/ · page: app/(site)/playground/calculator
 *   registry entry: widget.ts (listed in lib/widgets/registry.ts)
 */
export * from './params';
