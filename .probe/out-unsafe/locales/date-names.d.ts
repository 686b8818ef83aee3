import type { Locale } from './resolve.js';
interface DateNames {
    readonly months: readonly string[];
    readonly monthsShort: readonly string[];
    /** Monday first. */
    readonly weekdays: readonly string[];
    readonly weekdaysShort: readonly string[];
}
export declare const ownDateNames: Partial<Record<Locale, DateNames>>;
export {};
//# sourceMappingURL=date-names.d.ts.map