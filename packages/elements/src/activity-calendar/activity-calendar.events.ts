/** The filters as the user left them; empty strings mean "not filtered". */
export interface ActivityFilters {
  readonly centre: string;
  readonly priorityArea: string;
  readonly mode: string;
  readonly audience: string;
  readonly search: string;
  readonly from: string;
  readonly to: string;
  readonly includePast: boolean;
}

/** Fired when the user changes a filter (never when a property is set). */
export class UshtFilterChangeEvent extends Event {
  static readonly eventName = 'usht-filter-change';
  readonly detail: ActivityFilters;
  constructor(filters: ActivityFilters) {
    super(UshtFilterChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = filters;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'usht-filter-change': UshtFilterChangeEvent;
  }
}
