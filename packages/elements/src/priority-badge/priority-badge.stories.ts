// One story per state of <usht-priority-badge> and <usht-priority-badges>. Stories are plain render
// functions (test/stories reuses them as fixtures); data comes from the embedded set or a fake
// source, never the network.
import {html} from 'lit';
import './usht-priority-badge.js';
import {clientOn, failingOnceSource, neverResolvingSource, withInvalidRecordsSource} from '../../../../stories/shared/fake-sources.js';
import {darkCanvas, designsystemetCanvas, narrow} from '../../../../stories/shared/decorators.js';

export default {
  title: 'Elements/Priority badge',
  component: 'usht-priority-badge',
  parameters: {
    docs: {
      description: {
        component:
          'A priority area (satsingsområde) as a non-interactive tag (GOV.UK tag pattern). The category shows as a shape ' +
          '(square: standing, circle: national, heart: Leve hele livet) and as text for screen readers; the small ⓘ button ' +
          'opens the description. `<usht-priority-badges areas="…">` lists an activity\'s areas.',
      },
    },
  },
};

/** A national priority area (2021). */
export const Default = () => html`<usht-priority-badge area="demensplan-2025">Demensplan 2025</usht-priority-badge>`;

/** One of the four standing areas: square. */
export const Standing = () => html`<usht-priority-badge area="faglig-omstilling"></usht-priority-badge>`;

/** A national area of 2021: circle. */
export const National = () => html`<usht-priority-badge area="velferdsteknologi"></usht-priority-badge>`;

/** A focus area of the Leve hele livet reform: heart. Its source has no description. */
export const LeveHeleLivet = () => html`<usht-priority-badge area="lhl-5"></usht-priority-badge>`;

/** A typo in the id: shown, not hidden, and one console warning lists the ids that exist. */
export const UnknownId = () => html`<usht-priority-badge area="demensplan-2052"></usht-priority-badge>`;

/** The longest name in the data, which wraps. */
export const LongText = () => html`<usht-priority-badge area="samarbeid-pasienter-brukere-parorende"></usht-priority-badge>`;

/** The areas of one activity, including an unknown id. */
export const Group = () => html`<usht-priority-badges areas="leve-hele-livet demensplan-2025 lhl-6 faglig-omstilling"></usht-priority-badges>`;

/** Badges where they are used: inside an activity listing. */
export const InActivity = () => html`<article class="usht-card">
  <h3>Fagdag om demens og ernæring</h3>
  <p>Eksempeltekst som viser plasseringen av merkene i en aktivitet.</p>
  <usht-priority-badges areas="demensplan-2025 lhl-6"></usht-priority-badges>
</article>`;

/** An activity without areas renders nothing. */
export const Empty = () => html`<usht-priority-badges areas=""></usht-priority-badges>`;

/** The data never arrives. */
export const Loading = () => html`<usht-priority-badge area="demensplan-2025" .client=${clientOn(neverResolvingSource())}></usht-priority-badge>`;

/** The first request fails; "Prøv igjen" loads it. */
export const Failed = () => html`<usht-priority-badge area="demensplan-2025" .client=${clientOn(failingOnceSource())}></usht-priority-badge>`;

/** The source held a record for this id that failed validation. */
export const InvalidRecord = () => html`<usht-priority-badge area="ugyldig-omrade" .client=${clientOn(withInvalidRecordsSource())}></usht-priority-badge>`;

export const Nynorsk = () => html`<usht-priority-badges lang="nn" areas="leve-hele-livet fornyelse-innovasjon lhl-4 finst-ikkje"></usht-priority-badges>`;

/** The interface in English; the names stay Bokmål, marked lang="nb". */
export const English = () => html`<usht-priority-badges lang="en" areas="leve-hele-livet fornyelse-innovasjon lhl-4"></usht-priority-badges>`;

/** Northern Sami: no badge strings yet, so the Bokmål text is marked lang="nb". */
export const Sami = () => html`<usht-priority-badges lang="se" areas="leve-hele-livet fornyelse-innovasjon lhl-4"></usht-priority-badges>`;

export const DarkScheme = () =>
  darkCanvas(html`<usht-priority-badges areas="hjemmebaserte-tjenester pasientsikkerhet-kvalitetsforbedring lhl-7 ukjent-id"></usht-priority-badges>`);

/** Under a Designsystemet-like theme (a stand-in token set, see stories/shared/designsystemet-theme.css). */
export const DesignsystemetTheme = () =>
  designsystemetCanvas(html`<usht-priority-badges areas="hjemmebaserte-tjenester pasientsikkerhet-kvalitetsforbedring lhl-7"></usht-priority-badges>`);

/** 320 px wide (WCAG 1.4.10): long names wrap, nothing scrolls sideways. */
export const Narrow = () =>
  narrow(html`<usht-priority-badges areas="samarbeid-pasienter-brukere-parorende pasientsikkerhet-kvalitetsforbedring utviklingshemming"></usht-priority-badges>`);
Narrow.parameters = {viewport: {defaultViewport: 'narrow'}};
Narrow.globals = {viewport: {value: 'narrow', isRotated: false}};
