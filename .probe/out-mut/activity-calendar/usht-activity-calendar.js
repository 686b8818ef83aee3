import { UshtActivityCalendar } from './activity-calendar.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('usht-activity-calendar', UshtActivityCalendar);
export { UshtActivityCalendar };
//# sourceMappingURL=usht-activity-calendar.js.map