/**
 * Design tokens, resolved once into private `--_usht-*` properties (style.md §6): our public
 * `--usht-*` property, then Designsystemet's `--ds-*` token, then a literal that passes WCAG AA on
 * its background (contrast ratios noted beside each). We never declare a public `--usht-*` here:
 * on `:host` it would override what the page sets on an ancestor.
 */
export declare const tokens: import("lit").CSSResult;
/** The readable states every element shows: loading, empty, failed (never a blank box). */
export declare const stateStyles: import("lit").CSSResult;
//# sourceMappingURL=tokens.styles.d.ts.map