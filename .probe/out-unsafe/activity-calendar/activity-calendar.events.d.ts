/** The filters as the user left them; empty strings mean "not filtered". */
export interface ActivityFilters {
    readonly centre: string;
    readonly priorityArea: string;
    readonly mode: string;
    readonly audience: string;
    readonly text: string;
    readonly from: string;
    readonly to: string;
    readonly includePast: boolean;
}
/** Fired when the user changes a filter (never when a property is set). */
export declare class UshtFilterChangeEvent extends Event {
    static readonly eventName = "usht-filter-change";
    readonly detail: ActivityFilters;
    constructor(filters: ActivityFilters);
}
/** Fired when the user switches between the agenda list and the month grid. */
export declare class UshtViewChangeEvent extends Event {
    static readonly eventName = "usht-view-change";
    readonly detail: {
        readonly view: 'agenda' | 'month';
    };
    constructor(view: 'agenda' | 'month');
}
declare global {
    interface GlobalEventHandlersEventMap {
        'usht-filter-change': UshtFilterChangeEvent;
        'usht-view-change': UshtViewChangeEvent;
    }
}
//# sourceMappingURL=activity-calendar.events.d.ts.map