import * as z from 'zod/mini';
import {
  countyNumberSchema, idSchema, longTextSchema, municipalityNumberSchema, safeUrlSchema, sourceRefsSchema,
  textLanguageSchema, textSchema,
} from './common.js';

const displayNameSchema = z.object({
  name: textSchema,
  lang: z.optional(textLanguageSchema),
  period: z.optional(textSchema),
  note: z.optional(longTextSchema),
  source: sourceRefsSchema,
});

/** The host municipality (vertskommune). `name` is null where no source read confirms the host. */
export const hostMunicipalitySchema = z.object({
  name: z.nullable(textSchema),
  number: z.nullable(municipalityNumberSchema),
  /** ISO date where the start is exact, otherwise the words of the source. */
  since: z.nullable(textSchema),
  /** A host named by weaker evidence than a confirming source; shown as unconfirmed, never as fact. */
  candidate: z.optional(z.object({
    name: textSchema,
    number: z.nullable(municipalityNumberSchema),
    evidence: longTextSchema,
    source: sourceRefsSchema,
  })),
  changes: z.optional(z.array(longTextSchema)),
  source: sourceRefsSchema,
});

export const satelliteSchema = z.object({
  name: textSchema,
  number: z.nullable(municipalityNumberSchema),
  /** Null where the sources do not say whether it still is one (several are confirmed only for 2017). */
  current: z.nullable(z.boolean()),
  period: z.optional(textSchema),
  note: z.optional(longTextSchema),
  source: sourceRefsSchema,
});

export const websiteSchema = z.object({
  url: safeUrlSchema,
  kind: textSchema,
  source: sourceRefsSchema,
});

export const contactSchema = z.object({
  name: z.optional(textSchema),
  role: z.optional(textSchema),
  email: z.optional(z.email()),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ]{5,20}$/, 'a phone number'))),
  source: sourceRefsSchema,
});

export const locationSchema = z.object({
  name: textSchema,
  lat: z.number().check(z.gte(57), z.lte(72)),
  lon: z.number().check(z.gte(4), z.lte(32)),
  /** How the point was found; ours are approximate town coordinates, not addresses. */
  basis: textSchema,
  source: sourceRefsSchema,
});

/** A development centre (USHT). */
export const centreSchema = z.object({
  id: idSchema,
  /** Short UI label; `nameAttested` false means it is ours, not an official name. */
  name: textSchema,
  nameAttested: z.boolean(),
  displayNames: z.optional(z.array(displayNameSchema)),
  /** The pre-2020 county (or area) the centre was set up for. */
  area: textSchema,
  county: z.object({number: countyNumberSchema, name: textSchema}),
  host: hostMunicipalitySchema,
  satellites: z.array(satelliteSchema),
  websites: z.array(websiteSchema),
  contacts: z.optional(z.array(contactSchema)),
  /** Null where the host, and so the place, is not confirmed. */
  location: z.nullable(locationSchema),
  serviceArea: z.optional(z.nullable(z.object({description: longTextSchema, source: sourceRefsSchema}))),
  /** True where a fact the UI shows (the host) is not confirmed by any source read. */
  uncertain: z.boolean(),
  notes: z.optional(z.array(longTextSchema)),
  source: sourceRefsSchema,
});
export type Centre = z.infer<typeof centreSchema>;
export type HostMunicipality = z.infer<typeof hostMunicipalitySchema>;
export type Satellite = z.infer<typeof satelliteSchema>;
export type Website = z.infer<typeof websiteSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Location = z.infer<typeof locationSchema>;
