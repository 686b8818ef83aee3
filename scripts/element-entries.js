// Every element's define module (under packages/elements/src and out, without .js), by the name of
// its file in the CDN folder: an npm sub-path, a CDN entry the autoloader loads, a size-report
// entry and a manifest summary each (rollup.config.js, custom-elements-manifest.config.js;
// test/node/autoloader-tags.test.ts holds it equal to the define modules on disk).
export const elementEntries = {
  'usht-provider': 'provider/usht-provider',
  'usht-priority-badge': 'priority-badge/usht-priority-badge',
  'usht-activity-calendar': 'activity-calendar/usht-activity-calendar',
  'usht-centre-map': 'centre-map/usht-centre-map',
  'usht-application-checklist': 'application-checklist/usht-application-checklist',
  'usht-activity-editor': 'activity-editor/usht-activity-editor',
};
