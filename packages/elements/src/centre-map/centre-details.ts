import {html, nothing, type TemplateResult} from 'lit';
import type {Centre, County, Municipality} from '@usht/sdk';
import type {Localizer} from '../shared/localizer.js';

export {centreDetails as strings} from '../locales/centre-details.js';

/**
 * A centre's details in <usht-centre-map>'s list: satellites, website, contacts, the
 * municipalities it serves and the area it describes. Loaded when a person first opens a centre
 * (or the host preselects one), not with the element: most visitors open one centre or none.
 */

// Descriptions in our data are Bokmål (the schema has no language field for them): marked so in
// every interface language (WCAG 3.1.2). Names of places and centres are proper nouns and are not.
const DATA_LANG = 'nb';

let nbCollator: Intl.Collator | undefined;
const collator = () => (nbCollator ??= new Intl.Collator('nb'));

/** A link's host for its text ("utviklingssenter.no"); read from the text, as `new URL` costs ~0.1 ms a call in Chromium. */
const hostLabel = (url: string): string => {
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : url.replace(/^mailto:/i, '');
};

/**
 * The municipalities and counties of <usht-centre-map>'s data: what the finder, a `municipality`
 * attribute and the details need beyond the centres, loaded apart from them, on first need (the
 * 357 municipalities are a data chunk of their own, and the client indexes them for search).
 */
export interface Places {
  readonly promise: Promise<void>;
  /** Once loaded. */
  value?: {
    readonly municipalities: readonly Municipality[];
    readonly counties: readonly County[];
    readonly rejected: number;
  };
  /** The load failed (or was cancelled); the next need loads them again. */
  failed?: boolean;
}

/**
 * `index`: the centre's place in the list, which names the button that labels the details.
 * `places`: where the municipalities stand (the rest of the details shows while they load);
 * `retry` loads them again.
 */
export function renderDetails(c: Centre, index: number, places: Places | undefined, i18n: Localizer, retry: () => void): TemplateResult {
  const unconfirmed = i18n.t('common', 'unconfirmed');
  const satellites = c.satellites.filter((s) => s.current !== false);
  const contacts = c.contacts ?? [];
  const served = places?.value?.municipalities.filter((m) => m.centreId === c.id) ?? [];
  return html`<div class="details" part="details" id="centre-${index}-details" role="group" aria-labelledby="centre-${index}" tabindex="-1">
    <dl class="facts">
      <div ?hidden=${!satellites.length}><dt>${i18n.t('centreDetails', 'satellites')}:</dt> <dd>${satellites.map((s, n) => [n ? ', ' : '', s.name, s.current === null ? html` (${unconfirmed})` : ''])}</dd></div>
      <div ?hidden=${!c.websites.length}><dt>${i18n.t('centreDetails', 'websites')}:</dt> <dd>${c.websites.map((w, n) => html`${n ? ', ' : ''}<a href=${w.url}>${hostLabel(w.url)}</a>`)}</dd></div>
      <div ?hidden=${!contacts.length}><dt>${i18n.t('centreDetails', 'contacts')}:</dt> <dd>${contacts.map((p) => html`<span class="contact">${[p.name, p.role].filter(Boolean).join(', ')}
        <a href=${p.email ? `mailto:${p.email}` : nothing} ?hidden=${!p.email}>${p.email}</a>
        <a href=${p.phone ? `tel:${p.phone.replace(/ /g, '')}` : nothing} ?hidden=${!p.phone}>${p.phone}</a></span>`)}</dd></div>
      <div ?hidden=${!served.length}><dt>${i18n.countT('centreDetails', 'servedMunicipalities', served.length)}:</dt> <dd>${served.map((m) => m.name).sort(collator().compare).join(', ')}</dd></div>
    </dl>
    ${places?.value ? nothing : places?.failed
      ? html`<p class="state" data-kind="error" role="alert">${i18n.t('centreDetails', 'servedFailed')}
        <button class="retry" type="button" part="retry" @click=${(event: Event) => {
          retry();
          // The button goes once they load: focus waits in the details instead of falling to the page.
          (event.target as Element).closest<HTMLElement>('.details')?.focus();
        }}>${i18n.t('common', 'retry')}</button></p>`
      // Said while they load: details with nothing else to show would otherwise be empty.
      : html`<p>${i18n.t('common', 'loading')}</p>`}
    ${c.serviceArea ? html`<p lang=${DATA_LANG}>${c.serviceArea.description}</p>` : nothing}
  </div>`;
}
