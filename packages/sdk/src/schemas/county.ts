import * as z from 'zod/mini';
import {countyNumberSchema, idSchema, longTextSchema, sourceRefsSchema, textSchema} from './common.js';

/** A county (fylke) in the 2024 structure and the USHT centres that serve it. */
export const countySchema = z.object({
  number: countyNumberSchema,
  name: textSchema,
  /** Centres that serve municipalities in this county; since 2024 a county may hold several. */
  centreIds: z.array(idSchema),
  source: sourceRefsSchema,
  notes: z.optional(z.array(longTextSchema)),
});
export type County = z.infer<typeof countySchema>;
