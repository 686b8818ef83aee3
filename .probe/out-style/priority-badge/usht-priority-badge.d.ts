import { UshtPriorityBadge, UshtPriorityBadges } from './priority-badge.js';
declare global {
    interface HTMLElementTagNameMap {
        'usht-priority-badge': UshtPriorityBadge;
        'usht-priority-badges': UshtPriorityBadges;
    }
}
export { UshtPriorityBadge, UshtPriorityBadges };
//# sourceMappingURL=usht-priority-badge.d.ts.map