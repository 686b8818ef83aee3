/** A person chose a centre: in the list, on the map or with the municipality finder. */
export class UshtCentreSelectEvent extends Event {
    static eventName = 'usht-centre-select';
    detail;
    constructor(centreId) {
        super(UshtCentreSelectEvent.eventName, { bubbles: true, composed: true });
        this.detail = { centreId };
    }
}
//# sourceMappingURL=centre-map.events.js.map