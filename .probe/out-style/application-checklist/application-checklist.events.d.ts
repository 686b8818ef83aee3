import type { ChecklistTaskStatus } from '@usht/sdk/checklist';
/**
 * The user changed the checklist: a task's progress, an answer or an amount (`taskId` says
 * which task), or loaded progress from a file (no `taskId`). Fired on user action only, never
 * when a property is set or another tab's progress is loaded.
 */
export declare class UshtChecklistChangeEvent extends Event {
    static readonly eventName = "usht-checklist-change";
    readonly detail: {
        readonly taskId?: string;
        readonly status?: ChecklistTaskStatus;
    };
    constructor(detail?: {
        taskId?: string;
        status?: ChecklistTaskStatus;
    });
}
declare global {
    interface GlobalEventHandlersEventMap {
        'usht-checklist-change': UshtChecklistChangeEvent;
    }
}
//# sourceMappingURL=application-checklist.events.d.ts.map