// The CDN entry (`usht-kit.js`) and the package's main export: registers every element and
// re-exports the SDK's client, sources and error guards, so one script tag gives a page
// everything it needs to point the widgets at its own data. The schemas and validators (zod) load
// with the first data; a script that wants them calls `loadSdk()`.
export {
  createClient,
  embeddedSource,
  feedSource,
  httpSource,
  isUshtError,
  isUshtHttpError,
  isUshtNetworkError,
  isUshtNotFoundError,
  isUshtTimeoutError,
  isUshtValidationError,
  isAbortError,
} from '@usht/sdk';
export type * from '@usht/sdk';

/** The whole SDK (schemas, validators, errors), loaded on demand. */
export const loadSdk = (): Promise<typeof import('@usht/sdk')> => import('@usht/sdk');
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
