import { UshtActivityCalendar } from './activity-calendar.js';
declare global {
    interface HTMLElementTagNameMap {
        'usht-activity-calendar': UshtActivityCalendar;
    }
}
export { UshtActivityCalendar };
//# sourceMappingURL=usht-activity-calendar.d.ts.map