import { nothing, type TemplateResult } from 'lit';
import type { PriorityArea, ResultSet } from '@usht/sdk';
import { UshtElement } from '../shared/usht-element.js';
import { DataController } from '../shared/data-controller.js';
/** What a list of ids resolves to in the loaded data: an area, an unknown id or an invalid record. */
type Resolved = {
    kind: 'area';
    area: PriorityArea;
} | {
    kind: 'unknown';
    id: string;
} | {
    kind: 'invalid';
    id: string;
};
/** Splits an `areas` attribute ("a b", "a,b") into ids. */
export declare function parseAreaIds(value: string | null): string[];
/**
 * What the single badge and the group share: the data (every priority area, loaded once per client
 * and cached by the SDK), the tag markup and the disclosure.
 *
 * Why a disclosure button beside the tag and not a tooltip or a clickable tag: a tag must stay a
 * non-interactive label (GOV.UK tag; dark clickable tags were mistaken for buttons), a tooltip on
 * hover leaves out keyboard and touch users and hides text from screen readers until hovered, and a
 * `<details>` would turn the tag itself into its `<summary>` button. A separate small button with
 * `aria-expanded` and `aria-controls` (APG disclosure pattern) works the same for mouse, touch,
 * keyboard (Tab, then Enter or Space) and screen readers, and the description it opens is ordinary
 * text in the page flow, so it reflows at 320 px and 400 % zoom (WCAG 1.4.10).
 */
export declare class PriorityAreaElement extends UshtElement {
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
        priorityBadge: {
            nb: {
                categoryStanding: string;
                categoryNational: (years: string) => string;
                categoryLeveHeleLivet: string;
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
                categoryStanding: string;
                categoryNational: (years: string) => string;
                categoryLeveHeleLivet: string;
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
                categoryStanding: string;
                categoryNational: (years: string) => string;
                categoryLeveHeleLivet: string;
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
                categoryStanding: string;
                categoryNational: (years: string) => string;
                categoryLeveHeleLivet: string;
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
    };
    protected readonly areas: DataController<ResultSet<{
        id: string;
        category: "leve-hele-livet" | "national" | "standing";
        order: number;
        name: string;
        number?: number | undefined;
        years?: number[] | undefined;
        officialName?: string | undefined;
        summary: string | null;
        notes?: string[] | undefined;
        source: string[];
    }>>;
    /** Ids whose description is open. */
    protected accessor openIds: ReadonlySet<string>;
    protected toggle(id: string): void;
    /** Looks the ids up and warns once per unknown id, naming the ids the data does have. */
    protected resolve(ids: readonly string[], tag: string, attribute: string): Resolved[];
    /** The state while loading or after a failure; undefined when the data is there. */
    protected renderStatus(): TemplateResult | undefined;
    protected renderResolved(resolved: Resolved): TemplateResult;
    protected renderArea(area: PriorityArea): TemplateResult;
}
/**
 * One priority area (satsingsområde) as a tag: its name, its category as a shape and as text for
 * screen readers, and a small "About" button that opens the area's description. An unknown id shows
 * "Ukjent satsingsområde: <id>" and logs one warning listing the ids the data has.
 *
 * Fallback content: put the area's name inside the tag
 * (`<usht-priority-badge area="demensplan-2025">Demensplan 2025</usht-priority-badge>`); it shows
 * when the script does not load and is replaced once the element renders.
 *
 * @summary A priority area as a non-interactive tag with an accessible description.
 * @tagname usht-priority-badge
 * @csspart badge - The tag.
 * @csspart category - The category shape (and its screen-reader text).
 * @csspart name - The area's name.
 * @csspart toggle - The button that opens the description.
 * @csspart description - The description the button opens.
 * @csspart state - The loading and failure states.
 * @csspart retry - The "Try again" button of the failure state.
 * @cssprop [--usht-priority-badge-standing-surface=--usht-color-surface-tinted] - Background of standing areas.
 * @cssprop [--usht-priority-badge-standing-text=--usht-color-text] - Text of standing areas.
 * @cssprop [--usht-priority-badge-standing-border=--usht-color-border] - Border of standing areas.
 * @cssprop [--usht-priority-badge-national-surface=--usht-color-accent-surface] - Background of national areas.
 * @cssprop [--usht-priority-badge-national-text=--usht-color-accent-text] - Text of national areas.
 * @cssprop [--usht-priority-badge-national-border=--usht-color-accent] - Border of national areas.
 * @cssprop [--usht-priority-badge-lhl-surface=#e7f4ec] - Background of Leve hele livet focus areas (else --ds-color-success-surface-tinted).
 * @cssprop [--usht-priority-badge-lhl-text=--usht-color-success-text] - Text of Leve hele livet focus areas.
 * @cssprop [--usht-priority-badge-lhl-border=#1a7f3c] - Border of Leve hele livet focus areas (else --ds-color-success-border-default).
 */
export declare class UshtPriorityBadge extends PriorityAreaElement {
    /** Id of the priority area, e.g. `demensplan-2025`. */
    accessor areaId: string;
    protected render(): typeof nothing | TemplateResult<1>;
}
/**
 * The priority areas of one activity, as a list of tags (see `<usht-priority-badge>`). Set the ids
 * in the `areas` attribute, separated by spaces, or as an array in the `areaIds` property. An empty
 * list renders nothing.
 *
 * @summary A list of priority-area tags, e.g. for one activity.
 * @tagname usht-priority-badges
 * @csspart list - The list.
 * @csspart item - One list item.
 * @csspart badge - A tag.
 * @csspart category - A tag's category shape.
 * @csspart name - An area's name.
 * @csspart toggle - A button that opens a description.
 * @csspart description - A description.
 * @csspart state - The loading and failure states.
 * @csspart retry - The "Try again" button of the failure state.
 */
export declare class UshtPriorityBadges extends PriorityAreaElement {
    /** Ids of the priority areas; the `areas` attribute takes them separated by spaces or commas. */
    accessor areaIds: readonly string[];
    protected render(): typeof nothing | TemplateResult<1>;
}
export {};
//# sourceMappingURL=priority-badge.d.ts.map