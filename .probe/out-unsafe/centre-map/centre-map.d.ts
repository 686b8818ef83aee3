import { type PropertyValues, type TemplateResult } from 'lit';
import { UshtElement } from '../shared/usht-element.js';
/**
 * The USHT development centres as a list, a municipality finder ("Hvilket utviklingssenter hører
 * kommunen min til?") and an SVG map of Norway with one marker per centre. The list is the primary
 * content and comes first; the map is one tab stop (arrow keys move between markers, Enter or
 * Space selects) with the crowded Oslofjord area enlarged in an inset. List, map and finder share
 * one selection, and the selected centre's details are shown below the map.
 *
 * The outline is generated at build time from Natural Earth (public domain) and drawn inline: no
 * tiles, no requests to other origins. County borders are an optional layer the host supplies.
 *
 * Fallback content: put a link to the centres' site inside the tag
 * (`<usht-centre-map><a href="https://www.utviklingssenter.no">Utviklingssentre for sykehjem og
 * hjemmetjenester</a></usht-centre-map>`). It shows when the script does not load and is replaced
 * once the element renders.
 *
 * @summary The development centres: list, municipality finder and map.
 * @tagname usht-centre-map
 * @fires usht-centre-select - A person chose a centre (list, map or finder); `detail.centreId`.
 * @csspart finder - The municipality finder.
 * @csspart answer - The finder's answer (a polite live region).
 * @csspart list - The list of centres.
 * @csspart item - One centre in the list.
 * @csspart map - The map (SVG).
 * @csspart details - The selected centre's details.
 * @csspart note - Messages about attributes or data (unknown centre, invalid county layer).
 * @cssprop [--usht-centre-map-land=var(--usht-color-accent-surface)] - Fill of the land.
 * @cssprop [--usht-centre-map-coast=var(--usht-color-border)] - The coastline and borders.
 * @cssprop [--usht-centre-map-marker=var(--usht-color-accent)] - Marker fill.
 * @cssprop [--usht-centre-map-max-width=36rem] - Widest the map is drawn.
 */
export declare class UshtCentreMap extends UshtElement {
    static styles: import("lit").CSSResult[];
    static sections: {
        common: {
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
        centreMap: {
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
    };
    private readonly data;
    /** Id of the selected centre (`troms`, `helse-fonna` …); follows the person's choice. */
    accessor selected: string | undefined;
    /** Preselects the centre serving this municipality: a 4-digit number or a name ("Herøy (Nordland)"). */
    accessor municipality: string | undefined;
    /**
     * County borders to draw under the markers: a GeoJSON FeatureCollection in WGS 84 with each
     * feature's county number in `id` or `properties.fylkesnummer`. Optional; invalid data shows a
     * message and the map works without it.
     */
    accessor counties: unknown;
    /** Level of the element's headings (2–6) so they fit the host page's outline. */
    accessor headingLevel: number;
    /** What the person sees change: one reactive object, so one decorated accessor (each costs bytes). */
    private accessor view;
    private layer;
    private layerFailed;
    private seenData;
    /** The `selected` or `municipality` value the data has no match for. */
    private centreNote;
    private municipalityNote;
    private moveFocus;
    private readonly resize;
    private observed;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues): void;
    protected updated(changed: PropertyValues): void;
    private patch;
    private readCounties;
    private applyMunicipality;
    /** Selects a centre; only a person's choice fires the event (style.md §4). */
    private select;
    private choose;
    private handleInput;
    private handleFinderKey;
    private handleMapKey;
    private skipMap;
    render(): TemplateResult;
    private renderFinder;
    private renderList;
    private renderFacts;
    private renderMap;
    private renderMarker;
    private renderLabel;
    private renderDetails;
}
//# sourceMappingURL=centre-map.d.ts.map