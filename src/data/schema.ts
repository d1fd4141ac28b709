/** Zod pieces the doors share: GSS codes, academic years, counts (missing as null) and a data file's provenance block. */
import { z } from 'zod';

export const codeSchema = z.string().regex(/^E\d{8}$/);
export const yearSchema = z.string().regex(/^\d{4}\/\d{2}$/);
export const countSchema = z.number().int().nonnegative().nullable();
export const provenanceSchema = z.object({
  dataset: z.string(),
  sources: z.array(z.any()),
  steps: z.array(z.string()),
  generatedBy: z.string(),
});
