import * as z from 'zod/mini';
import {idSchema, longTextSchema, sourceRefsSchema, textSchema} from './common.js';

/** How firmly an action plan ties a programme to a national area (seed handlingsplan 2021 matrix). */
export const areaLinkStatuses = ['planned', 'to-be-assessed', 'to-be-assessed-with-measures'] as const;

/**
 * An undated, ongoing piece of a centre's work named in its action plan: a network, a learning
 * network, a project. Its meetings, where a source dates them, are activities.
 */
export const programmeSchema = z.object({
  id: idSchema,
  centreId: idSchema,
  /** The plan's year; null where the source gives a period instead (a strategy plan "til 2023"), see `period`. */
  year: z.nullable(z.int()),
  /** The kind as the action plan words it ("nettverk", "læringsnettverk" …). */
  kind: textSchema,
  name: textSchema,
  audience: z.array(textSchema),
  priorityAreaIds: z.array(idSchema),
  areaLinks: z.optional(z.array(z.object({priorityAreaId: idSchema, status: z.enum(areaLinkStatuses)}))),
  period: z.optional(textSchema),
  summary: z.optional(longTextSchema),
  notes: z.optional(z.array(longTextSchema)),
  source: sourceRefsSchema,
});
export type Programme = z.infer<typeof programmeSchema>;
