import { UshtPriorityBadge, UshtPriorityBadges } from './priority-badge.js';
import { defineOnce } from '../shared/define-once.js';
// Both tags in one module: the group is a few lines on top of the badge, and an activity card
// that shows one usually shows the other.
defineOnce('usht-priority-badge', UshtPriorityBadge);
defineOnce('usht-priority-badges', UshtPriorityBadges);
export { UshtPriorityBadge, UshtPriorityBadges };
//# sourceMappingURL=usht-priority-badge.js.map