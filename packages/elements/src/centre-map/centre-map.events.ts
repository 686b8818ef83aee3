/** A person chose a centre: in the list, on the map or with the municipality finder. */
export class UshtCentreSelectEvent extends Event {
  static readonly eventName = 'usht-centre-select';
  readonly detail: {readonly centreId: string};
  constructor(centreId: string) {
    super(UshtCentreSelectEvent.eventName, {bubbles: true, composed: true});
    this.detail = {centreId};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'usht-centre-select': UshtCentreSelectEvent;
  }
}
