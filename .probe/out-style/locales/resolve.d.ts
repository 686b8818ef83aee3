/** The locales we ship. `nb` is the default; `se` (Northern Sami) is partial and falls back to `nb`. */
export declare const locales: readonly ['nb', 'nn', 'en', 'se'];
export type Locale = (typeof locales)[number];
export declare const defaultLocale: Locale;
/**
 * Maps any BCP 47 tag a page may carry to one of ours: `no`, `nb-NO` → nb; `nn-NO` → nn;
 * `se-NO`, `sme` → se; `en-*` → en; anything else → nb (style.md §7). Returns undefined for an
 * empty value so the caller can go on to the next place to look.
 */
export declare function normalizeLocale(tag: string | null | undefined): Locale | undefined;
/** Nearest `[lang]` above `node`, crossing shadow roots (an element inside another's shadow DOM). */
export declare function ancestorLang(node: Node): string | undefined;
/**
 * Locale order (style.md §7): the element's own `lang` → the provider's → the nearest ancestor
 * `[lang]` → `<html lang>` (the walk reaches it) → nb.
 */
export declare function resolveLocale(element: Element, providerLocale: Locale | undefined): Locale;
//# sourceMappingURL=resolve.d.ts.map