import { z } from 'zod';
import { sourceSchema } from './source-schema';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Front matter of `content/lessons/<slug>.mdx`. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(1).max(90),
    slug: z.string().regex(SLUG_PATTERN, 'slug must be kebab-case'),
    order: z.number().int().min(1),
    summary: z.string().min(1).max(200),
    objectives: z.array(z.string().min(1)).min(1),
    prerequisites: z.array(z.string().regex(SLUG_PATTERN)).default([]),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
