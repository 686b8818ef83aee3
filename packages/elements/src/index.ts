// The package's main export and the CDN's all-in-one `usht-kit-all.js`: registers every element
// and re-exports the SDK's client, sources and error guards (sdk-exports.ts), so a page script has
// everything it needs to point the widgets at its own data. The schemas and validators (zod) load
// only when a script calls `loadSdk()` or reads a feed. The README's script tag, `usht-kit.js`, is
// the autoloader (autoloader.ts).
export * from './sdk-exports.js';
export {UshtProvider} from './provider/usht-provider.js';
export {UshtActivityCalendar} from './activity-calendar/usht-activity-calendar.js';
export {UshtPriorityBadge, UshtPriorityBadges} from './priority-badge/usht-priority-badge.js';
export {UshtCentreMap, UshtCentreSelectEvent} from './centre-map/usht-centre-map.js';
export {UshtApplicationChecklist, UshtChecklistChangeEvent} from './application-checklist/usht-application-checklist.js';
export {UshtElement} from './shared/usht-element.js';
export {Localizer} from './shared/localizer.js';
export {defineOnce} from './shared/define-once.js';
export {locales, normalizeLocale, type Locale} from './locales/resolve.js';
export type {Messages, MessageOverrides} from './locales/messages.js';
