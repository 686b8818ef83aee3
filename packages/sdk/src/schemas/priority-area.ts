import * as z from 'zod/mini';
import {idSchema, longTextSchema, sourceRefsSchema, textSchema} from './common.js';

/**
 * `standing`: the four lasting areas of the scheme; `national`: the yearly national areas
 * (2021: Leve hele livet, Demensplan 2025 …); `leve-hele-livet`: the numbered focus areas of the reform.
 */
export const priorityAreaCategories = ['standing', 'national', 'leve-hele-livet'] as const;
export const priorityAreaCategorySchema = z.enum(priorityAreaCategories);

/** A priority area (satsingsområde). */
export const priorityAreaSchema = z.object({
  id: idSchema,
  category: priorityAreaCategorySchema,
  order: z.int().check(z.gte(0)),
  /** Name exactly as the source writes it. */
  name: textSchema,
  /** The number of a Leve hele livet focus area. */
  number: z.optional(z.int()),
  /** The years a national area was named for; absent for standing areas. */
  years: z.optional(z.array(z.int())),
  officialName: z.optional(textSchema),
  summary: z.nullable(longTextSchema),
  notes: z.optional(z.array(longTextSchema)),
  source: sourceRefsSchema,
});
export type PriorityAreaCategory = z.infer<typeof priorityAreaCategorySchema>;
export type PriorityArea = z.infer<typeof priorityAreaSchema>;
