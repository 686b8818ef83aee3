/** Fired when the user changes a filter (never when a property is set). */
export class UshtFilterChangeEvent extends Event {
    static eventName = 'usht-filter-change';
    detail;
    constructor(filters) {
        super(UshtFilterChangeEvent.eventName, { bubbles: true, composed: true });
        this.detail = filters;
    }
}
/** Fired when the user switches between the agenda list and the month grid. */
export class UshtViewChangeEvent extends Event {
    static eventName = 'usht-view-change';
    detail;
    constructor(view) {
        super(UshtViewChangeEvent.eventName, { bubbles: true, composed: true });
        this.detail = { view };
    }
}
//# sourceMappingURL=activity-calendar.events.js.map