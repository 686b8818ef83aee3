import * as z from 'zod/mini';
import {countyNumberSchema, idSchema, longTextSchema, municipalityNumberSchema, sourceRefsSchema, textSchema} from './common.js';

/** A municipality (kommune, 2024 structure) and the centre that serves it. */
export const municipalitySchema = z.object({
  number: municipalityNumberSchema,
  /** Official name, including Sami and Kven forms where they are part of it ("Kárášjohka - Karasjok"). */
  name: textSchema,
  county: countyNumberSchema,
  centreId: idSchema,
  /** How the centre was assigned: the county has one centre, by old county, or by health-trust area. */
  basis: z.optional(textSchema),
  /** True where the assignment is not settled by the sources; `alternativeCentreId` or `notes` say why. */
  uncertain: z.boolean(),
  alternativeCentreId: z.optional(z.nullable(idSchema)),
  /** A representative point inside the municipality, `[lat, lon]`. */
  point: z.optional(z.tuple([z.number(), z.number()])),
  samiAdministrativeArea: z.optional(z.boolean()),
  notes: z.optional(z.array(longTextSchema)),
  source: z.optional(sourceRefsSchema),
});
export type Municipality = z.infer<typeof municipalitySchema>;
