import { common } from './common.js';
import { priorityBadge } from './priority-badge.js';
const complete = (locale) => ({ common: common[locale], priorityBadge: priorityBadge[locale] });
export const catalogs = { nb: complete('nb'), nn: complete('nn'), en: complete('en'), se: { common: common.se, priorityBadge: priorityBadge.se } };
