import type {Plural} from './types.js';

// Strings of <usht-application-checklist>. nb is the reference: nn and en must match its type; se may be partial.
const nb = {
  label: '',
};
export type ApplicationChecklistMessages = typeof nb;

const nn: ApplicationChecklistMessages = {
  label: '',
};

const en: ApplicationChecklistMessages = {
  label: '',
};

const se: Partial<ApplicationChecklistMessages> = {};

export const applicationChecklist = {nb, nn, en, se};

/** Keys whose nn text is rightly identical to nb. */
export const applicationChecklistSameInNynorsk: readonly (keyof ApplicationChecklistMessages)[] = [];

export type {Plural};
