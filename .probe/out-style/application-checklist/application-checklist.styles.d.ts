export declare const checklistStyles: import("lit").CSSResult;
//# sourceMappingURL=application-checklist.styles.d.ts.map