import type { Plural } from './types.js';
declare const nb: {
    /** Screen-reader prefix before the name; the visible cue is the category's shape. */
    categoryStanding: string;
    categoryNational: (years: string) => string;
    categoryLeveHeleLivet: string;
    /** Accessible name of the disclosure button beside a badge. */
    about: (name: string) => string;
    officialName: string;
    noSummary: string;
    listLabel: string;
    unknownArea: (id: string) => string;
    invalidArea: (id: string) => string;
    loading: string;
    loadFailed: string;
};
export type PriorityBadgeMessages = typeof nb;
export declare const priorityBadge: {
    nb: {
        /** Screen-reader prefix before the name; the visible cue is the category's shape. */
        categoryStanding: string;
        categoryNational: (years: string) => string;
        categoryLeveHeleLivet: string;
        /** Accessible name of the disclosure button beside a badge. */
        about: (name: string) => string;
        officialName: string;
        noSummary: string;
        listLabel: string;
        unknownArea: (id: string) => string;
        invalidArea: (id: string) => string;
        loading: string;
        loadFailed: string;
    };
    nn: {
        /** Screen-reader prefix before the name; the visible cue is the category's shape. */
        categoryStanding: string;
        categoryNational: (years: string) => string;
        categoryLeveHeleLivet: string;
        /** Accessible name of the disclosure button beside a badge. */
        about: (name: string) => string;
        officialName: string;
        noSummary: string;
        listLabel: string;
        unknownArea: (id: string) => string;
        invalidArea: (id: string) => string;
        loading: string;
        loadFailed: string;
    };
    en: {
        /** Screen-reader prefix before the name; the visible cue is the category's shape. */
        categoryStanding: string;
        categoryNational: (years: string) => string;
        categoryLeveHeleLivet: string;
        /** Accessible name of the disclosure button beside a badge. */
        about: (name: string) => string;
        officialName: string;
        noSummary: string;
        listLabel: string;
        unknownArea: (id: string) => string;
        invalidArea: (id: string) => string;
        loading: string;
        loadFailed: string;
    };
    se: Partial<{
        /** Screen-reader prefix before the name; the visible cue is the category's shape. */
        categoryStanding: string;
        categoryNational: (years: string) => string;
        categoryLeveHeleLivet: string;
        /** Accessible name of the disclosure button beside a badge. */
        about: (name: string) => string;
        officialName: string;
        noSummary: string;
        listLabel: string;
        unknownArea: (id: string) => string;
        invalidArea: (id: string) => string;
        loading: string;
        loadFailed: string;
    }>;
};
/**
 * Keys whose nn text is rightly identical to nb: "varig", "nasjonalt", "satsingsområde" and "ukjent"
 * are spelt the same in both written standards (Norsk Ordbok / Bokmålsordboka).
 */
export declare const priorityBadgeSameInNynorsk: readonly (keyof PriorityBadgeMessages)[];
export type { Plural };
//# sourceMappingURL=priority-badge.d.ts.map