/** A person chose a centre: in the list, on the map or with the municipality finder. */
export declare class UshtCentreSelectEvent extends Event {
    static readonly eventName = "usht-centre-select";
    readonly detail: {
        readonly centreId: string;
    };
    constructor(centreId: string);
}
declare global {
    interface GlobalEventHandlersEventMap {
        'usht-centre-select': UshtCentreSelectEvent;
    }
}
//# sourceMappingURL=centre-map.events.d.ts.map