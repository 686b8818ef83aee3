import { UshtApplicationChecklist } from './application-checklist.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('usht-application-checklist', UshtApplicationChecklist);
export { UshtApplicationChecklist };
export { UshtChecklistChangeEvent } from './application-checklist.events.js';
export { checklistStorageModes } from './application-checklist.js';
//# sourceMappingURL=usht-application-checklist.js.map