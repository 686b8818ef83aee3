import type {Plural} from './types.js';

// Strings of <usht-priority-badge>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  label: '',
};
export type PriorityBadgeMessages = typeof nb;

const nn: PriorityBadgeMessages = {
  label: '',
};

const en: PriorityBadgeMessages = {
  label: '',
};

const se: Partial<PriorityBadgeMessages> = {};

export const priorityBadge = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const priorityBadgeSameInNynorsk: readonly (keyof PriorityBadgeMessages)[] = [];

export type {Plural};
