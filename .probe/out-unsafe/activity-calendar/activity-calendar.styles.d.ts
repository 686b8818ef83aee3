export declare const styles: import("lit").CSSResult;
//# sourceMappingURL=activity-calendar.styles.d.ts.map