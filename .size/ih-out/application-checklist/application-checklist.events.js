/**
 * The user changed the checklist: a task's progress, an answer or an amount (`taskId` says
 * which task), or loaded progress from a file (no `taskId`). Fired on user action only, never
 * when a property is set or another tab's progress is loaded.
 */
export class UshtChecklistChangeEvent extends Event {
    static eventName = 'usht-checklist-change';
    detail;
    constructor(detail = {}) {
        super(UshtChecklistChangeEvent.eventName, { bubbles: true, composed: true });
        this.detail = detail;
    }
}
//# sourceMappingURL=application-checklist.events.js.map