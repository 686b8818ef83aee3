import type {ChecklistTaskStatus} from '@usht/sdk/checklist';

/**
 * The user changed the checklist: a task's progress, an answer or an amount (`taskId` says
 * which task), or loaded progress from a file (no `taskId`). Fired on user action only, never
 * when a property is set or another tab's progress is loaded.
 */
export class UshtChecklistChangeEvent extends Event {
  static readonly eventName = 'usht-checklist-change';
  readonly detail: {readonly taskId?: string; readonly status?: ChecklistTaskStatus};
  constructor(detail: {taskId?: string; status?: ChecklistTaskStatus} = {}) {
    super(UshtChecklistChangeEvent.eventName, {bubbles: true, composed: true});
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'usht-checklist-change': UshtChecklistChangeEvent;
  }
}
