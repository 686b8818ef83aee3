import { common, commonSameInNynorsk } from './common.js';
import { priorityBadge, priorityBadgeSameInNynorsk } from './priority-badge.js';
import { activityCalendar, activityCalendarSameInNynorsk } from './activity-calendar.js';
import { centreMap, centreMapSameInNynorsk } from './centre-map.js';
import { applicationChecklist, applicationChecklistSameInNynorsk } from './application-checklist.js';
import { provider, providerSameInNynorsk } from './provider.js';
/** Every section. For tests and tools only: an element that imports this bundles all strings. */
export const allSections = { common, priorityBadge, activityCalendar, centreMap, applicationChecklist, provider };
const complete = (locale) => ({
    common: common[locale],
    priorityBadge: priorityBadge[locale],
    activityCalendar: activityCalendar[locale],
    centreMap: centreMap[locale],
    applicationChecklist: applicationChecklist[locale],
    provider: provider[locale],
});
/** nb, nn and en are complete; se is partial and falls back to nb key by key. */
export const catalogs = {
    nb: complete('nb'),
    nn: complete('nn'),
    en: complete('en'),
    se: {
        common: common.se,
        priorityBadge: priorityBadge.se,
        activityCalendar: activityCalendar.se,
        centreMap: centreMap.se,
        applicationChecklist: applicationChecklist.se,
        provider: provider.se,
    },
};
/** Keys whose Nynorsk text is rightly identical to Bokmål, per section. */
export const sameInNynorsk = {
    common: commonSameInNynorsk,
    priorityBadge: priorityBadgeSameInNynorsk,
    activityCalendar: activityCalendarSameInNynorsk,
    centreMap: centreMapSameInNynorsk,
    applicationChecklist: applicationChecklistSameInNynorsk,
    provider: providerSameInNynorsk,
};
//# sourceMappingURL=messages.js.map