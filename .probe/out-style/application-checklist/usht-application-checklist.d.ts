import { UshtApplicationChecklist } from './application-checklist.js';
declare global {
    interface HTMLElementTagNameMap {
        'usht-application-checklist': UshtApplicationChecklist;
    }
}
export { UshtApplicationChecklist };
export { UshtChecklistChangeEvent } from './application-checklist.events.js';
export { checklistStorageModes, type ChecklistStorageMode } from './application-checklist.js';
//# sourceMappingURL=usht-application-checklist.d.ts.map