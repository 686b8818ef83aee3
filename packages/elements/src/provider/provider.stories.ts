// <usht-provider> shares a data source, a language, wording and a colour scheme with the elements
// inside it. Shown with badges, the smallest element.
import {html} from 'lit';
import './usht-provider.js';
import '../priority-badge/usht-priority-badge.js';
import {clientOn, failingOnceSource, realSource} from '../../../../stories/shared/fake-sources.js';

export default {
  title: 'Elements/Provider',
  component: 'usht-provider',
};

const badges = html`<usht-priority-badges areas="leve-hele-livet velferdsteknologi lhl-5"></usht-priority-badges>`;

/** Everything inside reads the embedded data through the provider's client. */
export const Default = () => html`<usht-provider .client=${clientOn(realSource())}>${badges}</usht-provider>`;

/** The provider's lang reaches every element inside, whatever the page says. */
export const Nynorsk = () => html`<usht-provider lang="nn">${badges}</usht-provider>`;

export const English = () => html`<usht-provider lang="en">${badges}</usht-provider>`;

/** Northern Sami: strings we lack fall back to Bokmål, marked lang="nb". */
export const Sami = () => html`<usht-provider lang="se">${badges}</usht-provider>`;

/** The host's own wording for one string, per locale. */
export const HostWording = () => html`<usht-provider
  .messages=${{nb: {priorityBadge: {categoryNational: (years: string) => `Nasjonal satsing fra Helsedirektoratet (${years})`}}}}
>${badges}</usht-provider>`;

/** One data source for all: here it fails once, and each element offers its own retry. */
export const Failed = () => html`<usht-provider .client=${clientOn(failingOnceSource())}>${badges}
  <usht-priority-badge area="demensplan-2025"></usht-priority-badge></usht-provider>`;

export const DarkScheme = () => html`<div class="usht-canvas" data-color-scheme="dark"><usht-provider color-scheme="dark">${badges}</usht-provider></div>`;
