import type {Plural} from './types.js';

// Strings of <usht-activity-calendar>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  label: '',
};
export type ActivityCalendarMessages = typeof nb;

const nn: ActivityCalendarMessages = {
  label: '',
};

const en: ActivityCalendarMessages = {
  label: '',
};

const se: Partial<ActivityCalendarMessages> = {};

export const activityCalendar = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const activityCalendarSameInNynorsk: readonly (keyof ActivityCalendarMessages)[] = [];

export type {Plural};
