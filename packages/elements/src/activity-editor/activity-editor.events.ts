/**
 * The user changed the list of activities: saved, copied, cancelled, restored or deleted one, or
 * imported a file. Fired on user action only, never when a property is set or another tab's
 * drafts are loaded. A host may use it to keep the feed somewhere of its own (`toFeed()`).
 */
export class UshtFeedChangeEvent extends Event {
  static readonly eventName = 'usht-feed-change';
  readonly detail: {
    /** What the user did. */
    readonly action: 'save' | 'copy' | 'cancel' | 'restore' | 'delete' | 'import';
    /** Ids of the activities it touched. */
    readonly ids: readonly string[];
    /** How many activities the feed now holds. */
    readonly count: number;
  };
  constructor(action: UshtFeedChangeEvent['detail']['action'], ids: readonly string[], count: number) {
    super(UshtFeedChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = {action, ids: [...ids], count};
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'usht-feed-change': UshtFeedChangeEvent;
  }
}
