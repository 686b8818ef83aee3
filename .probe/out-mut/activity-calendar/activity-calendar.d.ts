import { type PropertyValues, type TemplateResult } from 'lit';
import { UshtElement } from '../shared/usht-element.js';
export declare const calendarViews: readonly ['agenda', 'month'];
export type CalendarView = (typeof calendarViews)[number];
/**
 * USHT activities as an agenda list grouped by day (the default) or a month grid, with filters
 * that are ordinary form controls, a result count announced politely, and "add to calendar"
 * (`.ics`) per activity and for the filtered list. Times are Europe/Oslo wall-clock times.
 *
 * Fallback (R18): put a link to the centre's activity page inside the tag; it shows until the
 * element renders and stays if JavaScript does not run:
 * `<usht-activity-calendar><a href="…">Se aktivitetene</a></usht-activity-calendar>`.
 *
 * Properties are declared with `static properties` rather than decorators: tsc's lowering of
 * standard decorators costs about 250 bytes per property, and this element has eleven against a
 * 16 KiB budget (budgets.md).
 *
 * @summary Agenda and month grid of USHT activities with filters and .ics downloads.
 * @tagname usht-activity-calendar
 * @fires {UshtFilterChangeEvent} usht-filter-change - The user changed a filter; `detail` holds every filter.
 * @fires {UshtViewChangeEvent} usht-view-change - The user switched between list and month; `detail.view`.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart filters - The filter form.
 * @csspart status - The result count (a polite live region).
 * @csspart date - A day heading.
 * @csspart item - One activity.
 * @csspart grid - The month grid.
 * @csspart note - The sample-data and invalid-record notes.
 * @cssprop [--usht-calendar-cell-min-height=5.5rem] - Minimum height of a day in the month grid.
 */
export declare class UshtActivityCalendar extends UshtElement {
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
        activityCalendar: {
            nb: {
                filters: string;
                centre: string;
                allCentres: string;
                priorityArea: string;
                allAreas: string;
                mode: string;
                allModes: string;
                physical: string;
                digital: string;
                hybrid: string;
                audience: string;
                search: string;
                from: string;
                to: string;
                includePast: string;
                reset: string;
                view: string;
                agenda: string;
                month: string;
                loading: string;
                loadFailed: string;
                found: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                noUpcoming: string;
                noMatches: string;
                today: string;
                allDay: string;
                fromTime: (time: string) => string;
                untilTime: (time: string) => string;
                dayOf: (day: string, days: string) => string;
                sessionOf: (session: string, sessions: string) => string;
                hybridPlace: (place: string) => string;
                placeNotGiven: string;
                areas: string;
                register: string;
                deadline: (date: string) => string;
                deadlinePassed: (date: string) => string;
                cancelled: string;
                full: string;
                postponed: string;
                addToCalendar: string;
                addAllToCalendar: string;
                calendarFile: string;
                showMore: (n: string) => string;
                previousMonth: string;
                nextMonth: string;
                week: string;
                weekNumber: (n: string) => string;
                more: (n: string) => string;
                gridHelp: string;
                dayHeading: (date: string) => string;
                noneThisDay: string;
            };
            nn: {
                filters: string;
                centre: string;
                allCentres: string;
                priorityArea: string;
                allAreas: string;
                mode: string;
                allModes: string;
                physical: string;
                digital: string;
                hybrid: string;
                audience: string;
                search: string;
                from: string;
                to: string;
                includePast: string;
                reset: string;
                view: string;
                agenda: string;
                month: string;
                loading: string;
                loadFailed: string;
                found: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                noUpcoming: string;
                noMatches: string;
                today: string;
                allDay: string;
                fromTime: (time: string) => string;
                untilTime: (time: string) => string;
                dayOf: (day: string, days: string) => string;
                sessionOf: (session: string, sessions: string) => string;
                hybridPlace: (place: string) => string;
                placeNotGiven: string;
                areas: string;
                register: string;
                deadline: (date: string) => string;
                deadlinePassed: (date: string) => string;
                cancelled: string;
                full: string;
                postponed: string;
                addToCalendar: string;
                addAllToCalendar: string;
                calendarFile: string;
                showMore: (n: string) => string;
                previousMonth: string;
                nextMonth: string;
                week: string;
                weekNumber: (n: string) => string;
                more: (n: string) => string;
                gridHelp: string;
                dayHeading: (date: string) => string;
                noneThisDay: string;
            };
            en: {
                filters: string;
                centre: string;
                allCentres: string;
                priorityArea: string;
                allAreas: string;
                mode: string;
                allModes: string;
                physical: string;
                digital: string;
                hybrid: string;
                audience: string;
                search: string;
                from: string;
                to: string;
                includePast: string;
                reset: string;
                view: string;
                agenda: string;
                month: string;
                loading: string;
                loadFailed: string;
                found: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                noUpcoming: string;
                noMatches: string;
                today: string;
                allDay: string;
                fromTime: (time: string) => string;
                untilTime: (time: string) => string;
                dayOf: (day: string, days: string) => string;
                sessionOf: (session: string, sessions: string) => string;
                hybridPlace: (place: string) => string;
                placeNotGiven: string;
                areas: string;
                register: string;
                deadline: (date: string) => string;
                deadlinePassed: (date: string) => string;
                cancelled: string;
                full: string;
                postponed: string;
                addToCalendar: string;
                addAllToCalendar: string;
                calendarFile: string;
                showMore: (n: string) => string;
                previousMonth: string;
                nextMonth: string;
                week: string;
                weekNumber: (n: string) => string;
                more: (n: string) => string;
                gridHelp: string;
                dayHeading: (date: string) => string;
                noneThisDay: string;
            };
            se: Partial<{
                filters: string;
                centre: string;
                allCentres: string;
                priorityArea: string;
                allAreas: string;
                mode: string;
                allModes: string;
                physical: string;
                digital: string;
                hybrid: string;
                audience: string;
                search: string;
                from: string;
                to: string;
                includePast: string;
                reset: string;
                view: string;
                agenda: string;
                month: string;
                loading: string;
                loadFailed: string;
                found: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                noUpcoming: string;
                noMatches: string;
                today: string;
                allDay: string;
                fromTime: (time: string) => string;
                untilTime: (time: string) => string;
                dayOf: (day: string, days: string) => string;
                sessionOf: (session: string, sessions: string) => string;
                hybridPlace: (place: string) => string;
                placeNotGiven: string;
                areas: string;
                register: string;
                deadline: (date: string) => string;
                deadlinePassed: (date: string) => string;
                cancelled: string;
                full: string;
                postponed: string;
                addToCalendar: string;
                addAllToCalendar: string;
                calendarFile: string;
                showMore: (n: string) => string;
                previousMonth: string;
                nextMonth: string;
                week: string;
                weekNumber: (n: string) => string;
                more: (n: string) => string;
                gridHelp: string;
                dayHeading: (date: string) => string;
                noneThisDay: string;
            }>;
        };
    };
    static properties: {
        view: {};
        centre: {};
        priorityArea: {
            attribute: string;
        };
        mode: {};
        audience: {};
        search: {};
        from: {};
        to: {};
        month: {};
        includePast: {
            type: BooleanConstructor;
            attribute: string;
        };
        syncUrl: {
            type: BooleanConstructor;
            attribute: string;
        };
        headingLevel: {
            type: NumberConstructor;
            attribute: string;
        };
        shown: {
            state: boolean;
        };
        focusDate: {
            state: boolean;
        };
        selectedDate: {
            state: boolean;
        };
    };
    private readonly activities;
    private readonly names;
    /** `agenda` (a list grouped by day, the default) or `month` (a month grid). */
    view: string;
    /** Show only this centre's activities (a centre id, e.g. `oslo`). */
    centre: string;
    /** Show only activities in this priority area (an id, e.g. `demensplan-2025`). */
    priorityArea: string;
    /** `physical`, `digital` or `hybrid` (hybrid activities match both of the others); empty shows all. */
    mode: string;
    /** Show only activities whose audience contains this text. */
    audience: string;
    /** Free text over title, summary, audience, place and organiser. */
    search: string;
    /** First day shown, `YYYY-MM-DD` (Europe/Oslo). */
    from: string;
    /** Last day shown (inclusive), `YYYY-MM-DD` (Europe/Oslo). */
    to: string;
    /** The month the grid opens on, `YYYY-MM`; defaults to the month of `from`, else this month. */
    month: string;
    /** Show activities that are over; by default only today's and later ones are shown. */
    includePast: boolean;
    /** Mirror filters and view in the page URL (`usht-`-prefixed query parameters) so a view can be shared. */
    syncUrl: boolean;
    /** Level of the day headings (2–5); activity titles are one level below. */
    headingLevel: number;
    private shown;
    /** The grid's active day (its one tab stop); empty until the user moves. */
    private focusDate;
    private selectedDate;
    private indexed;
    private typingTimer;
    private downloadUrl;
    private focusNext;
    constructor();
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    protected updated(changed: PropertyValues<this>): void;
    private handleFilter;
    private applyFilter;
    private resetFilters;
    private showPast;
    private filtersChanged;
    private setView;
    private showMore;
    private handleGridKey;
    private handleGridClick;
    private moveTo;
    private selectDay;
    private download;
    private get currentView();
    private date;
    /** What the source is asked for: activities that are over are cut off unless the user asks for them. */
    private query;
    /** The grid's active day: where the user moved, else `month`, else `from`, else today. */
    private get activeDate();
    /** Only with `sync-url`: the host opted in to our parameters in its address bar. */
    private writeUrl;
    private heading;
    private day;
    private timeText;
    private placeText;
    render(): TemplateResult;
    private renderFilters;
    private renderAgenda;
    private renderMore;
    private renderItem;
    private renderAreas;
    private renderMonth;
    private renderDay;
}
//# sourceMappingURL=activity-calendar.d.ts.map