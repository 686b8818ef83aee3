import type { Plural } from './types.js';
declare const nb: {
    finderLabel: string;
    finderHint: string;
    finderOptions: string;
    finderAnswer: (municipality: string, centre: string) => string;
    finderUncertain: string;
    finderNoMatch: (query: string) => string;
    finderAmbiguous: (name: string) => string;
    centresHeading: {
        one: (n: string) => string;
        other: (n: string) => string;
    };
    host: string;
    hostCandidate: (name: string) => string;
    notOnMap: string;
    area: string;
    municipalityCount: {
        one: (n: string) => string;
        other: (n: string) => string;
    };
    satellites: string;
    websites: string;
    contacts: string;
    servedMunicipalities: string;
    mapLabel: string;
    mapHint: string;
    skipMap: string;
    inset: string;
    mapAttribution: string;
    selectedLabel: string;
    noneSelected: string;
    unknownCentre: (id: string) => string;
    unknownMunicipality: (query: string) => string;
    countiesFailed: string;
};
export type CentreMapMessages = typeof nb;
export declare const centreMap: {
    nb: {
        finderLabel: string;
        finderHint: string;
        finderOptions: string;
        finderAnswer: (municipality: string, centre: string) => string;
        finderUncertain: string;
        finderNoMatch: (query: string) => string;
        finderAmbiguous: (name: string) => string;
        centresHeading: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        host: string;
        hostCandidate: (name: string) => string;
        notOnMap: string;
        area: string;
        municipalityCount: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        satellites: string;
        websites: string;
        contacts: string;
        servedMunicipalities: string;
        mapLabel: string;
        mapHint: string;
        skipMap: string;
        inset: string;
        mapAttribution: string;
        selectedLabel: string;
        noneSelected: string;
        unknownCentre: (id: string) => string;
        unknownMunicipality: (query: string) => string;
        countiesFailed: string;
    };
    nn: {
        finderLabel: string;
        finderHint: string;
        finderOptions: string;
        finderAnswer: (municipality: string, centre: string) => string;
        finderUncertain: string;
        finderNoMatch: (query: string) => string;
        finderAmbiguous: (name: string) => string;
        centresHeading: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        host: string;
        hostCandidate: (name: string) => string;
        notOnMap: string;
        area: string;
        municipalityCount: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        satellites: string;
        websites: string;
        contacts: string;
        servedMunicipalities: string;
        mapLabel: string;
        mapHint: string;
        skipMap: string;
        inset: string;
        mapAttribution: string;
        selectedLabel: string;
        noneSelected: string;
        unknownCentre: (id: string) => string;
        unknownMunicipality: (query: string) => string;
        countiesFailed: string;
    };
    en: {
        finderLabel: string;
        finderHint: string;
        finderOptions: string;
        finderAnswer: (municipality: string, centre: string) => string;
        finderUncertain: string;
        finderNoMatch: (query: string) => string;
        finderAmbiguous: (name: string) => string;
        centresHeading: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        host: string;
        hostCandidate: (name: string) => string;
        notOnMap: string;
        area: string;
        municipalityCount: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        satellites: string;
        websites: string;
        contacts: string;
        servedMunicipalities: string;
        mapLabel: string;
        mapHint: string;
        skipMap: string;
        inset: string;
        mapAttribution: string;
        selectedLabel: string;
        noneSelected: string;
        unknownCentre: (id: string) => string;
        unknownMunicipality: (query: string) => string;
        countiesFailed: string;
    };
    se: Partial<{
        finderLabel: string;
        finderHint: string;
        finderOptions: string;
        finderAnswer: (municipality: string, centre: string) => string;
        finderUncertain: string;
        finderNoMatch: (query: string) => string;
        finderAmbiguous: (name: string) => string;
        centresHeading: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        host: string;
        hostCandidate: (name: string) => string;
        notOnMap: string;
        area: string;
        municipalityCount: {
            one: (n: string) => string;
            other: (n: string) => string;
        };
        satellites: string;
        websites: string;
        contacts: string;
        servedMunicipalities: string;
        mapLabel: string;
        mapHint: string;
        skipMap: string;
        inset: string;
        mapAttribution: string;
        selectedLabel: string;
        noneSelected: string;
        unknownCentre: (id: string) => string;
        unknownMunicipality: (query: string) => string;
        countiesFailed: string;
    }>;
};
/** Keys whose nn text is rightly identical to nb. */
export declare const centreMapSameInNynorsk: readonly (keyof CentreMapMessages)[];
export type { Plural };
//# sourceMappingURL=centre-map.d.ts.map