import * as z from 'zod/mini';
import {countyNumberSchema, idSchema, longTextSchema, municipalityNumberSchema, sourceRefsSchema, textSchema} from './common.js';

/**
 * Languages of a municipality's other names: Northern (`se`), Lule (`smj`) and Southern (`sma`) Sami,
 * Kven (`fkv`), and `smi` (Sami) where the source says "samisk" without saying which Sami language.
 */
export const otherNameLanguages = ['se', 'smj', 'sma', 'smi', 'fkv'] as const;
export const otherNameLanguageSchema = z.enum(otherNameLanguages);

/**
 * A Sami or Kven name of a municipality, or of its main place, that is not part of its official
 * name ("Romsa" for Tromsø). The finder finds the municipality by it; the name keeps its source.
 */
export const otherNameSchema = z.object({
  /** As the source writes it ("Romsa", "Raanen tjïelte"). */
  name: textSchema,
  lang: otherNameLanguageSchema,
  /** The place the name is the name of, where that is a town in the municipality and not the municipality ("Mo i Rana"). */
  place: z.optional(textSchema),
  source: sourceRefsSchema,
});
export type OtherName = z.infer<typeof otherNameSchema>;

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
  /** Sami and Kven names outside the official name, each with its source; the finder searches them too. */
  otherNames: z.optional(z.array(otherNameSchema)),
  notes: z.optional(z.array(longTextSchema)),
  source: z.optional(sourceRefsSchema),
});
export type Municipality = z.infer<typeof municipalitySchema>;
