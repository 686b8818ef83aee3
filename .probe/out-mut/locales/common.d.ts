declare const nb: {
    loading: string;
    loadFailed: string;
    retry: string;
    empty: string;
    sampleData: string;
    sampleDataNote: string;
    invalidRecords: {
        one: (n: string) => string;
        other: (n: string) => string;
    };
    sourceLabel: string;
    uncertain: string;
    unconfirmed: string;
    dataAttribution: string;
};
export type CommonMessages = typeof nb;
export declare const common: {
    nb: {
        loading: string;
        loadFailed: string;
        retry: string;
        empty: string;
        sampleData: string;
        sampleDataNote: string;
        invalidRecords: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        sourceLabel: string;
        uncertain: string;
        unconfirmed: string;
        dataAttribution: string;
    };
    nn: {
        loading: string;
        loadFailed: string;
        retry: string;
        empty: string;
        sampleData: string;
        sampleDataNote: string;
        invalidRecords: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        sourceLabel: string;
        uncertain: string;
        unconfirmed: string;
        dataAttribution: string;
    };
    en: {
        loading: string;
        loadFailed: string;
        retry: string;
        empty: string;
        sampleData: string;
        sampleDataNote: string;
        invalidRecords: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        sourceLabel: string;
        uncertain: string;
        unconfirmed: string;
        dataAttribution: string;
    };
    se: Partial<{
        loading: string;
        loadFailed: string;
        retry: string;
        empty: string;
        sampleData: string;
        sampleDataNote: string;
        invalidRecords: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        sourceLabel: string;
        uncertain: string;
        unconfirmed: string;
        dataAttribution: string;
    }>;
};
/**
 * Strings that are rightly the same in nb and nn (checked by the locale test, which fails when an
 * nn string equals nb without being listed here).
 */
export declare const commonSameInNynorsk: readonly (keyof CommonMessages)[];
export {};
//# sourceMappingURL=common.d.ts.map