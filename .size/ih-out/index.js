// The CDN entry (`usht-kit.js`) and the package's main export: registers every element and
// re-exports the SDK so one script tag gives a page everything.
export * from '@usht/sdk';
export { UshtProvider } from './provider/usht-provider.js';
export { UshtActivityCalendar } from './activity-calendar/usht-activity-calendar.js';
export { UshtPriorityBadge, UshtPriorityBadges } from './priority-badge/usht-priority-badge.js';
export { UshtCentreMap, UshtCentreSelectEvent } from './centre-map/usht-centre-map.js';
export { UshtApplicationChecklist, UshtChecklistChangeEvent } from './application-checklist/usht-application-checklist.js';
export { UshtElement } from './shared/usht-element.js';
export { Localizer } from './shared/localizer.js';
export { defineOnce } from './shared/define-once.js';
export { locales, normalizeLocale } from './locales/resolve.js';
//# sourceMappingURL=index.js.map