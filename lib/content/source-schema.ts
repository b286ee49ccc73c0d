import { z } from 'zod';

/** A primary source: every claim on the site is traceable to one of these. */
export const sourceSchema = z
  .object({
    authors: z.string().min(1),
    year: z.number().int().min(1900).max(2100),
    title: z.string().min(1),
    venue: z.string().min(1).optional(),
    url: z.url({ protocol: /^https$/ }),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
