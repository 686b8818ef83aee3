/**
 * Map colours: our public `--usht-centre-map-*`, then a shared token, then a literal. Markers and
 * the focus ring keep ≥ 3:1 against the land (WCAG 1.4.11): #0b5cad on #e2e8f0 is 5.6:1, #93c5fd
 * on #2b3544 is 7.4:1. Strokes are `non-scaling-stroke`, so widths are CSS px at any map size.
 */
export declare const centreMapStyles: import("lit").CSSResult;
//# sourceMappingURL=centre-map.styles.d.ts.map