/**
 * The home page's hero: the widget's example sentences routed by the balanced checkpoint, computed
 * at build time (scripts/build-lm-hero.ts, at prebuild) into a small JSON file, so that home shows
 * the coloured text without running a model or shipping tfjs. Not committed: it is rebuilt from
 * the checkpoint and the corpus on every build.
 */
import fs from 'node:fs';
import { z } from 'zod';
import type { RoutedToken } from './routed-tokens';

export const LM_HERO_FILE = 'public/data/moe-lm/hero.json';
export const LM_HERO_URL = '/data/moe-lm/hero.json';
export const LM_HERO_VERSION = 1;
/** The layer the hero shows (0-based): the first, where the routing of a character depends least on its context. */
export const LM_HERO_LAYER = 0;

const routeSchema = z.object({ expert: z.number().int().nonnegative(), probs: z.array(z.number()), dropped: z.boolean() });

const heroSchema = z
  .object({
    version: z.literal(LM_HERO_VERSION),
    checkpoint: z.string(),
    corpusHash: z.string(),
    numExperts: z.number().int().positive(),
    k: z.number().int().positive(),
    layers: z.number().int().positive(),
    heldoutBpc: z.number(),
    /** The text's characters as the model read them (`<unk>` for vocabulary misses). */
    chars: z.array(z.string()),
    unknown: z.array(z.boolean()),
    /** Per character, per layer: its routing (probabilities rounded to 3 decimals). */
    routes: z.array(z.array(routeSchema)),
  })
  .refine((h) => h.chars.length === h.unknown.length && h.chars.length === h.routes.length, 'chars, unknown and routes must have the same length')
  .refine((h) => h.routes.every((r) => r.length === h.layers && r.every((l) => l.expert < h.numExperts && l.probs.length === h.numExperts)), 'each route needs every layer and expert');

export type LmHero = z.infer<typeof heroSchema>;

export function parseLmHero(json: unknown): LmHero {
  return heroSchema.parse(json);
}

/** The hero's tokens for one layer. */
export function heroTokens(hero: LmHero, layer: number = LM_HERO_LAYER): RoutedToken[] {
  return hero.chars.map((char, i) => ({ char, unknown: hero.unknown[i], ...hero.routes[i][layer] }));
}

/** The built hero file, or null (with the reason on stderr) when it is missing or malformed: home then shows no figure, never an error. */
export function readLmHero(file: string = LM_HERO_FILE): LmHero | null {
  try {
    return parseLmHero(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    console.warn(`home hero: ${file} could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run the prebuild step to create it`);
    return null;
  }
}
