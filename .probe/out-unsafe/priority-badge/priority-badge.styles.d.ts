/**
 * GOV.UK tag pattern (requirements §3.4): light surface, dark text, no uppercase, never a button.
 * Each category has its own colour AND its own shape (WCAG 1.4.1), so colour is never the only cue.
 * Category colours: our public `--usht-priority-badge-<category>-<role>`, else the shared role it
 * mirrors (standing: neutral, national: accent, so a host's `--usht-color-accent-*` or
 * Designsystemet's accent reaches it; Leve hele livet: success), else a literal. Text ≥ 4.5:1.
 */
export declare const priorityBadgeStyles: import("lit").CSSResult;
//# sourceMappingURL=priority-badge.styles.d.ts.map