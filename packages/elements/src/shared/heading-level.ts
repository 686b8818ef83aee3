/**
 * A host's `heading-level` as a level ARIA allows: from 2 (a section under the page's `<h1>`, the
 * default) down to `deepest` (where the element's own subheadings still fit under 6); the nearest
 * level for a number out of range, 2 for anything that is not a number.
 */
export const headingLevel = (value: number, deepest: number): number => Math.min(deepest, Math.max(2, Math.round(value) || 2));
