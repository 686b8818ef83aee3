import * as z from 'zod/mini';
import {longTextSchema, safeUrlSchema, sourceSchema, textSchema} from './common.js';
import {countySchema} from './county.js';
import {municipalitySchema} from './municipality.js';
import {centreSchema} from './centre.js';
import {priorityAreaSchema} from './priority-area.js';
import {activitySchema} from './activity.js';
import {programmeSchema} from './programme.js';
import {grantSchemeSchema} from './grant-scheme.js';

export const FEED_FORMAT = 'usht-feed';
export const FEED_VERSION = 1;

export const attributionSchema = z.object({
  text: longTextSchema,
  licence: textSchema,
  licenceUrl: z.optional(safeUrlSchema),
});

/** Each collection of a feed, and the schema of one of its records. */
export const feedCollections = {
  sources: sourceSchema,
  counties: countySchema,
  municipalities: municipalitySchema,
  centres: centreSchema,
  priorityAreas: priorityAreaSchema,
  activities: activitySchema,
  programmes: programmeSchema,
  grantSchemes: grantSchemeSchema,
} as const;
export type FeedCollection = keyof typeof feedCollections;
export const feedCollectionNames = Object.keys(feedCollections) as FeedCollection[];

/**
 * One JSON document holding any of the collections: how a centre publishes its data from its own
 * site or a CDN, with no server of ours. Every collection is optional.
 */
export const feedSchema = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(FEED_VERSION),
  generated: z.optional(z.iso.date()),
  publisher: z.optional(textSchema),
  attribution: z.optional(z.array(attributionSchema)),
  sources: z.optional(z.array(sourceSchema)),
  counties: z.optional(z.array(countySchema)),
  municipalities: z.optional(z.array(municipalitySchema)),
  centres: z.optional(z.array(centreSchema)),
  priorityAreas: z.optional(z.array(priorityAreaSchema)),
  activities: z.optional(z.array(activitySchema)),
  programmes: z.optional(z.array(programmeSchema)),
  grantSchemes: z.optional(z.array(grantSchemeSchema)),
});
export type Feed = z.infer<typeof feedSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
