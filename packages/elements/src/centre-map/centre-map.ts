import {html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Centre, MunicipalityIndex, MunicipalityMatch} from '@usht/sdk';
import {UshtElement} from '../shared/usht-element.js';
import {common} from '../locales/common.js';
import {centreMap} from '../locales/centre-map.js';
import {DataController} from '../shared/data-controller.js';
import {renderError, renderLoading, renderRejectedNote} from '../shared/states.js';
import {warnOnce} from '../shared/dev-warnings.js';
import {stateStyles, tokens} from '../shared/tokens.styles.js';
import {centreMapStyles} from './centre-map.styles.js';
import {UshtCentreSelectEvent} from './centre-map.events.js';
import type {CountyLayer} from './counties.js';
import {insetFrame, insetRegion, placeMarkers, type PlacedMarker} from './projection.js';
import {outlineHeight, outlinePath, outlineWidth} from './norway-outline.js';

const TAG = 'usht-centre-map';
// Descriptions in our data are Bokmål (the schema has no language field for them): marked so in
// every interface language (WCAG 3.1.2). Names of places and centres are proper nouns and are not.
const DATA_LANG = 'nb';

interface View {
  /** The finder's text. */
  readonly query: string;
  /** Suggestions; the popup is open while there are any. */
  readonly options: readonly MunicipalityMatch[];
  /** Highlighted suggestion (aria-activedescendant), -1 for none. */
  readonly active: number;
  /** The finder's answer, spoken by the polite live region. */
  readonly answer: string;
  /** Index (into `located`) of the marker holding the map's one tab stop. */
  readonly focus: number;
  /** Rendered CSS px per viewBox unit, measured. */
  readonly scale: number;
}

interface MapData {
  readonly centres: readonly Centre[];
  /** Centres with a confirmed place, in list order: the map's markers. */
  readonly located: readonly Centre[];
  /** Undefined until the SDK chunk has loaded (a moment after the data). */
  readonly index: () => MunicipalityIndex | undefined;
  /** Municipalities each centre serves, by centre id. */
  readonly served: ReadonlyMap<string, readonly MunicipalityMatch[]>;
  readonly rejected: number;
  /** Centres the source held that all failed validation: the data cannot be used, which is not "nothing found". */
  readonly unusable: number;
}

/** Marker sizes in CSS px; converted to viewBox units at the map's rendered size. */
const DOT = 7;
const SELECTED = 11;
// A 28 px hit circle around each marker and at least that much between two: WCAG 2.5.8 asks 24.
const TARGET = 28;
const FINDER_LIMIT = 8;
/**
 * Map units per CSS px before the map is measured: the map at its widest (36rem at 16 px, the
 * `--usht-centre-map-max-width` default), as on any screen wider than about 1,200 px. Elsewhere the
 * ResizeObserver corrects it after layout and before paint, in the same frame; measuring the
 * width before rendering instead forced a layout of the host page on every first render.
 */
const WIDEST_SCALE = (36 * 16) / outlineWidth;

let sdkModule: typeof import('@usht/sdk') | undefined;
const loadSdk = () => import('@usht/sdk').then((sdk) => (sdkModule = sdk));

let nbCollator: Intl.Collator | undefined;
const collator = () => (nbCollator ??= new Intl.Collator('nb'));

/** A link's host for its text ("utviklingssenter.no"); read from the text, as `new URL` costs ~0.1 ms a call in Chromium. */
const hostLabel = (url: string): string => {
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url)?.[1];
  return host ? host.toLowerCase().replace(/^www\./, '') : url.replace(/^mailto:/i, '');
};

/**
 * The USHT development centres as a list, a municipality finder ("Hvilket utviklingssenter hører
 * kommunen min til?") and an SVG map of Norway with one marker per centre. The list is the primary
 * content and comes first; the map is one tab stop (arrow keys move between markers, Enter or
 * Space selects) with the crowded Oslofjord area enlarged in an inset. List, map and finder share
 * one selection, and the selected centre's details are shown below the map.
 *
 * The outline is generated at build time from Natural Earth (public domain) and drawn inline: no
 * tiles, no requests to other origins. County borders are an optional layer the host supplies.
 *
 * Fallback content: put a link to the centres' site inside the tag
 * (`<usht-centre-map><a href="https://www.utviklingssenter.no">Utviklingssentre for sykehjem og
 * hjemmetjenester</a></usht-centre-map>`). It shows when the script does not load and is replaced
 * once the element renders.
 *
 * @summary The development centres: list, municipality finder and map.
 * @tagname usht-centre-map
 * @fires {UshtCentreSelectEvent} usht-centre-select - A person chose a centre (list, map or finder); `detail.centreId`.
 * @csspart finder - The municipality finder.
 * @csspart answer - The finder's answer (a polite live region).
 * @csspart list - The list of centres.
 * @csspart item - One centre in the list.
 * @csspart map - The map (SVG).
 * @csspart details - The selected centre's details.
 * @csspart note - Messages about attributes or data (unknown centre, invalid county layer).
 * @csspart state - Loading, failure, nothing found, or data that cannot be used.
 * @csspart retry - The "try again" button.
 * @cssprop [--usht-centre-map-land=var(--ds-color-neutral-surface-hover, #e2e8f0)] - Fill of the land.
 * @cssprop [--usht-centre-map-coast=var(--usht-color-border)] - The coastline and county borders.
 * @cssprop [--usht-centre-map-marker=var(--usht-color-accent)] - Marker fill.
 * @cssprop [--usht-centre-map-max-width=36em] - Widest the map is drawn.
 */
export class UshtCentreMap extends UshtElement {
  static override styles = [tokens, stateStyles, centreMapStyles];
  static override sections = {common, centreMap};

  private readonly data = new DataController<MapData>(this, async (client, signal) => {
    // The finder's index comes from the SDK chunk, which the client has loaded or is loading. Waiting
    // for it only when a `municipality` must be looked up keeps a task (and a frame) out of the first render.
    const sdk = loadSdk();
    const [centres, municipalities, counties] = await Promise.all([
      client.centres({signal}),
      client.municipalities({}, {signal}),
      client.counties({signal}),
      this.municipality ? sdk : undefined,
      centreMap.load(this.locale),
    ]);
    const served = new Map<string, MunicipalityMatch[]>();
    for (const m of municipalities.items) {
      const list = served.get(m.centreId);
      if (list) list.push(m);
      else served.set(m.centreId, [m]);
    }
    let index: MunicipalityIndex | undefined;
    const unusable = centres.items.length ? 0 : centres.rejected.length;
    // The web team needs to know where the feed is broken; the visitor only that it is.
    if (unusable) {
      const paths = centres.rejected.map((r) => `${r.path} (${r.issues.map((i) => i.path || '(record)').join(', ')})`).join('; ');
      warnOnce(`${TAG}:unusable:${paths}`, `<${TAG}>: none of the ${unusable} centres in the data source is valid, so none is shown: ${paths}.`);
    }
    // Without the chunk the finder stays empty; the list and the map still work.
    sdk.then(() => this.requestUpdate(), () => undefined);
    return {
      centres: centres.items,
      located: centres.items.filter((c) => c.location),
      // Built on first use (the finder gets focus, a `municipality` is set): it costs more than the rest of the first render.
      index: () => (index ??= sdkModule?.createMunicipalityIndex(municipalities.items, counties.items)),
      served,
      rejected: centres.rejected.length + municipalities.rejected.length + counties.rejected.length,
      unusable,
    };
  });

  /** Id of the selected centre (`troms`, `helse-fonna` …); follows the person's choice. */
  @property({reflect: false})
  selected: string | undefined;

  /** Preselects the centre serving this municipality: a 4-digit number or a name ("Herøy (Nordland)"). */
  @property()
  municipality: string | undefined;

  /**
   * County borders to draw under the markers: a GeoJSON FeatureCollection in WGS 84 with each
   * feature's county number in `id` or `properties.fylkesnummer`. Optional; invalid data shows a
   * message and the map works without it.
   */
  @property({attribute: false})
  counties: unknown;

  /** Level of the element's headings (2–6) so they fit the host page's outline. */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel = 2;

  /** What the person sees change: one reactive object, so one decorated property (each costs bytes). */
  @state() private view: View = {query: '', options: [], active: -1, answer: '', focus: 0, scale: WIDEST_SCALE};

  private layer: CountyLayer | undefined;
  private layerFailed = false;
  /** Resolves once the county layer the host gave has been read (or found unusable). */
  private layerRead: Promise<void> | undefined;
  private seenData: MapData | undefined;
  /** The `selected` or `municipality` value the data has no match for. */
  private centreNote: string | undefined;
  private municipalityNote: string | undefined;
  /** A `municipality` that waits for the SDK chunk to be looked up. */
  private municipalityPending = false;
  private moveFocus = false;
  private readonly resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(([entry]) => this.rescale(entry?.contentRect.width ?? 0));
  private observed: Element | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.observed = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The page switched language after the strings loaded: fetch the new ones (Bokmål meanwhile).
    const locale = this.locale;
    if (!centreMap.has(locale)) void centreMap.load(locale).then(() => this.requestUpdate());
    if (changed.has('counties')) this.readCounties();
    const data = this.data.status === 'ready' ? this.data.value : undefined;
    if (!data) return;
    const fresh = data !== this.seenData;
    this.seenData = data;
    if (fresh || changed.has('municipality') || this.municipalityPending) this.applyMunicipality(data);
    if (fresh || changed.has('selected') || changed.has('municipality')) {
      const id = this.selected;
      this.centreNote = id && !data.centres.some((c) => c.id === id) ? id : undefined;
      if (this.centreNote) {
        warnOnce(`${TAG}:selected:${id}`, `<${TAG}>: unknown selected="${id}"; the centres are: ${data.centres.map((c) => c.id).join(', ')}.`);
      }
      const at = data.located.findIndex((c) => c.id === id);
      if (at >= 0) this.patch({focus: at});
    }
    if (this.view.focus >= data.located.length) this.patch({focus: 0});
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const map = this.renderRoot.querySelector('svg.map');
    if (map !== this.observed) {
      this.resize?.disconnect();
      if (map) this.resize?.observe(map);
      this.observed = map;
    }
    if (this.moveFocus) {
      this.moveFocus = false;
      this.renderRoot.querySelector<SVGGElement>('.marker[tabindex="0"]')?.focus();
    }
    if ((changed.get('view') as View | undefined)?.active !== this.view.active) {
      this.renderRoot.querySelector('li[aria-selected="true"]')?.scrollIntoView({block: 'nearest'});
    }
  }

  private rescale(width: number): void {
    const scale = Math.round((width / outlineWidth) * 1000) / 1000;
    if (width > 0 && scale !== this.view.scale) this.patch({scale});
  }

  /** `heading-level` kept within what ARIA allows for a section heading. */
  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  private patch(change: Partial<View>): void {
    this.view = {...this.view, ...change};
  }

  private readCounties(): void {
    this.layer = undefined;
    this.layerFailed = false;
    const counties = this.counties;
    if (counties === undefined || counties === null) {
      this.layerRead = undefined;
      return;
    }
    const failed = (error: unknown) => {
      this.layerFailed = true;
      warnOnce(`${TAG}:counties:${String(error)}`, `<${TAG}>: the counties layer is not drawn: ${(error as Error).message}.`);
    };
    // The layer's code loads only for a host that gives one: most maps never need it (size budget).
    this.layerRead = import('./counties.js').then(({countyLayer}) => {
      if (this.counties !== counties) return;
      try {
        this.layer = countyLayer(counties);
      } catch (error) {
        failed(error);
      }
      this.requestUpdate();
    }, (error: unknown) => {
      failed(error);
      this.requestUpdate();
    });
  }

  /** Includes reading a county layer the host gave, so `await el.updateComplete` sees it drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.layerRead;
    return super.getUpdateComplete();
  }

  private applyMunicipality(data: MapData): void {
    const value = this.municipality?.trim();
    const index = data.index();
    this.municipalityNote = undefined;
    this.municipalityPending = Boolean(value && !index);
    if (!value || !index) return;
    const matches = index.lookup(value);
    if (matches.length === 1) this.choose(matches[0]!, false);
    else if (matches.length > 1) this.patch({query: value, answer: this.i18n.text('centreMap', 'finderAmbiguous', matches[0]!.name)});
    else {
      this.municipalityNote = value;
      warnOnce(`${TAG}:municipality:${value}`, `<${TAG}>: no municipality has the name or number municipality="${value}".`);
    }
  }

  /** Selects a centre; only a person's choice fires the event (style.md §4). */
  private select(id: string, byUser: boolean): void {
    const changed = this.selected !== id;
    this.selected = id;
    const at = this.data.value?.located.findIndex((c) => c.id === id) ?? -1;
    if (at >= 0) this.patch({focus: at});
    if (changed && byUser) this.dispatchEvent(new UshtCentreSelectEvent(id));
  }

  private choose(match: MunicipalityMatch, byUser: boolean): void {
    const i18n = this.i18n;
    const centre = this.data.value?.centres.find((c) => c.id === match.centreId);
    if (byUser) this.municipalityNote = undefined;
    let answer = centre ? i18n.text('centreMap', 'finderAnswer', match.label, centre.name) : i18n.text('centreMap', 'unknownCentre', match.centreId);
    if (centre && match.uncertain) answer += ` ${i18n.text('centreMap', 'finderUncertain')}`;
    this.patch({query: match.label, options: [], active: -1, answer});
    if (centre) this.select(centre.id, byUser);
  }

  private handleInput(event: InputEvent): void {
    const query = (event.target as HTMLInputElement).value;
    const index = this.data.value?.index();
    const options = index?.search(query, FINDER_LIMIT) ?? [];
    const answer = index && query.trim() && !options.length ? this.i18n.text('centreMap', 'finderNoMatch', query.trim()) : '';
    this.patch({query, options, active: -1, answer});
  }

  private handleFinderKey(event: KeyboardEvent): void {
    const index = this.data.value?.index();
    const {query, options, active} = this.view;
    if (!index) return;
    switch (event.key) {
      case 'ArrowDown': {
        const list = options.length ? options : index.search(query, FINDER_LIMIT);
        this.patch({options: list, active: Math.min(active + 1, list.length - 1)});
        break;
      }
      case 'ArrowUp':
        if (!options.length) return;
        this.patch({active: Math.max(active - 1, 0)});
        break;
      case 'Enter': {
        const exact = index.lookup(query);
        const pick = options[active] ?? (exact.length ? exact : index.search(query, 1))[0];
        // Two municipalities share the name (Herøy, Våler): ask which, never guess.
        if (active < 0 && exact.length > 1) {
          this.patch({options: exact, active: 0, answer: this.i18n.text('centreMap', 'finderAmbiguous', exact[0]!.name)});
        } else if (pick) this.choose(pick, true);
        else if (query.trim()) this.patch({answer: this.i18n.text('centreMap', 'finderNoMatch', query.trim())});
        else return;
        break;
      }
      case 'Escape':
        if (options.length) this.patch({options: [], active: -1});
        else if (query) this.patch({query: ''});
        else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private handleMapKey(event: KeyboardEvent): void {
    const located = this.data.value?.located ?? [];
    let next = this.view.focus;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(next + 1, located.length - 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(next - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = located.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (located[next]) this.select(located[next]!.id, true);
        break;
      default:
        return;
    }
    // Keys are ours only while a marker has focus: the page keeps its own scrolling (R9).
    event.preventDefault();
    this.patch({focus: next});
    this.moveFocus = true;
  }

  private skipMap(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#details')?.focus();
  }

  override render(): TemplateResult {
    const i18n = this.i18n;
    const data = this.data.value;
    if (this.data.status === 'loading') return renderLoading(i18n);
    if (this.data.status === 'error' || !data) return renderError(i18n, () => this.data.retry());
    if (!data.centres.length) {
      return html`<p class="state" data-kind=${data.unusable ? 'error' : nothing} part="state" role="status">${data.unusable ? i18n.countT('centreMap', 'unusable', data.unusable) : i18n.t('common', 'empty')}</p>`;
    }
    return html`<div class="root" lang=${this.locale}>
      ${this.centreNote ? html`<p class="note" part="note">${i18n.t('centreMap', 'unknownCentre', this.centreNote)}</p>` : nothing}
      ${this.municipalityNote ? html`<p class="note" part="note">${i18n.t('centreMap', 'unknownMunicipality', this.municipalityNote)}</p>` : nothing}
      ${renderRejectedNote(i18n, data.rejected)}
      ${this.renderFinder()}
      <div class="layout">
        ${this.renderList(data)}
        <div class="map-column">${this.renderMap(data)}${this.renderDetails(data)}</div>
      </div>
    </div>`;
  }

  private renderFinder(): TemplateResult {
    const i18n = this.i18n;
    const {query, options, active, answer} = this.view;
    const current = options[active];
    return html`<div class="finder" part="finder">
      <label for="finder">${i18n.t('centreMap', 'finderLabel')}</label>
      <p class="hint" id="finder-hint">${i18n.t('centreMap', 'finderHint')}</p>
      <div class="combobox">
        <input id="finder" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-controls="finder-options" aria-expanded=${options.length ? 'true' : 'false'}
          aria-activedescendant=${current ? `municipality-${current.number}` : nothing} aria-describedby="finder-hint"
          .value=${query} @input=${this.handleInput} @keydown=${this.handleFinderKey} @focus=${() => this.data.value?.index()}
          @blur=${() => this.patch({options: [], active: -1})}>
        <ul id="finder-options" role="listbox" aria-label=${i18n.text('centreMap', 'finderOptions')} ?hidden=${!options.length}>
          ${options.map((m, i) => html`<li id="municipality-${m.number}" role="option" aria-selected=${i === active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(m, true)}>${m.label} <span class="number">${m.number}</span></li>`)}
        </ul>
      </div>
      <p class="answer" part="answer" role="status">${answer}</p>
    </div>`;
  }

  private renderList(data: MapData): TemplateResult {
    const i18n = this.i18n;
    return html`<section class="list" aria-labelledby="list-heading">
      <div class="heading" role="heading" aria-level=${this.level} id="list-heading">${i18n.countT('centreMap', 'centresHeading', data.centres.length)}</div>
      <ul part="list">
        ${data.centres.map((c) => {
          const selected = c.id === this.selected;
          return html`<li part="item" class="item" ?data-selected=${selected}>
            <button type="button" class="centre" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(c.id, true)}>${c.name}</button>
            ${this.renderFacts(c, data)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /**
   * One template for all facts of a centre, the rows without a value `hidden`: the list renders
   * this 21 times on first render, and every nested template instance was a large share of it
   * (budgets.md: first render). Only links need a template of their own.
   */
  private renderFacts(c: Centre, data: MapData): TemplateResult {
    const i18n = this.i18n;
    const unconfirmed = i18n.t('common', 'unconfirmed');
    // Text in brackets after a value: plain text, unless it is Bokmål standing in for Sami (lang="nb").
    const note = (text: string | TemplateResult) => (typeof text === 'string' ? ` (${text})` : html` (${text})`);
    const host = c.host.name ?? unconfirmed;
    const hostNote = c.host.name
      ? (c.uncertain ? note(unconfirmed) : '')
      : (c.host.candidate ? note(i18n.t('centreMap', 'hostCandidate', c.host.candidate.name)) : '');
    const served = data.served.get(c.id)?.length ?? 0;
    const satellites = c.satellites.filter((s) => s.current !== false);
    const satelliteText = satellites.map((s) => (s.current === null ? [s.name, note(unconfirmed)] : s.name));
    const contacts = c.contacts ?? [];
    return html`<dl class="facts">
        <div><dt>${i18n.t('centreMap', 'host')}:</dt> <dd>${host}${hostNote}</dd></div>
        <div><dt>${i18n.t('centreMap', 'area')}:</dt> <dd>${c.area}${served ? ` (${i18n.count('centreMap', 'municipalityCount', served)})` : ''}</dd></div>
        <div ?hidden=${!satellites.length}><dt>${i18n.t('centreMap', 'satellites')}:</dt> <dd>${satelliteText.map((text, i) => [i ? ', ' : '', text])}</dd></div>
        <div ?hidden=${!c.websites.length}><dt>${i18n.t('centreMap', 'websites')}:</dt> <dd>${c.websites.map((w, i) => html`${i ? ', ' : ''}<a href=${w.url}>${hostLabel(w.url)}</a>`)}</dd></div>
        <div ?hidden=${!contacts.length}><dt>${i18n.t('centreMap', 'contacts')}:</dt> <dd>${contacts.map((p) => html`<span class="contact">${[p.name, p.role].filter(Boolean).join(', ')}
          <a href=${p.email ? `mailto:${p.email}` : nothing} ?hidden=${!p.email}>${p.email}</a>
          <a href=${p.phone ? `tel:${p.phone.replace(/ /g, '')}` : nothing} ?hidden=${!p.phone}>${p.phone}</a></span>`)}</dd></div>
      </dl>
      <p class="off-map" ?hidden=${!!c.location}>${i18n.t('centreMap', 'notOnMap')}</p>`;
  }

  private renderMap(data: MapData): TemplateResult {
    const i18n = this.i18n;
    const {scale} = this.view;
    const located = data.located;
    const markers = placeMarkers(located.map((c) => ({id: c.id, lon: c.location!.lon, lat: c.location!.lat})), (TARGET + 4) / scale);
    const px = (n: number) => n / scale;
    const selected = data.centres.find((c) => c.id === this.selected);
    const layer = this.layer;
    const land = svg`<path class="land" d=${outlinePath}></path>
      ${layer?.shapes.map((s) => svg`<path class="county" ?data-current=${s.number === selected?.county.number} d=${s.d}></path>`)}`;
    const label = markers.find((m) => m.id === selected?.id);
    const attribution = [i18n.text('centreMap', 'mapAttribution'), layer?.attribution, layer?.sample ? i18n.text('common', 'sampleData') : undefined];
    return html`<a class="skip" href="#details" @click=${this.skipMap}>${i18n.t('centreMap', 'skipMap')}</a>
      <svg class="map" part="map" viewBox="0 0 ${outlineWidth} ${outlineHeight}" role="listbox"
        aria-label=${i18n.text('centreMap', 'mapLabel')} aria-describedby="map-hint" @keydown=${this.handleMapKey}>
        <g aria-hidden="true">
          ${land}
          <rect class="inset-region" x=${insetRegion.x} y=${insetRegion.y} width=${insetRegion.width} height=${insetRegion.height}></rect>
          <rect class="inset" x=${insetFrame.x} y=${insetFrame.y} width=${insetFrame.width} height=${insetFrame.height}></rect>
          <svg x=${insetFrame.x} y=${insetFrame.y} width=${insetFrame.width} height=${insetFrame.height}
            viewBox="${insetRegion.x} ${insetRegion.y} ${insetRegion.width} ${insetRegion.height}">${land}</svg>
          <text class="inset-label" x=${insetFrame.x + px(6)} y=${insetFrame.y + px(18)} font-size=${px(14)}>${i18n.text('centreMap', 'inset')}</text>
          ${markers.map((m) => (Math.hypot(m.x - m.ax, m.y - m.ay) > px(3)
            ? svg`<line class="leader" x1=${m.ax} y1=${m.ay} x2=${m.x} y2=${m.y}></line><circle class="anchor" cx=${m.ax} cy=${m.ay} r=${px(2.5)}></circle>`
            : nothing))}
        </g>
        ${markers.map((m, i) => this.renderMarker(located[i]!, m, i))}
        ${label && selected ? this.renderLabel(selected, label, markers) : nothing}
      </svg>
      <p class="hint" id="map-hint">${i18n.t('centreMap', 'mapHint')}</p>
      <p class="attribution">${attribution.filter(Boolean).join(' · ')}</p>
      ${this.layerFailed ? html`<p class="note" part="note">${i18n.t('centreMap', 'countiesFailed')}</p>` : nothing}`;
  }

  private renderMarker(centre: Centre, m: PlacedMarker, index: number): TemplateResult {
    const selected = centre.id === this.selected;
    const r = (selected ? SELECTED : DOT) / this.view.scale;
    const name = centre.host.name ? `${centre.name}, ${centre.host.name}` : centre.name;
    // Selected: a larger diamond with a dark outline; others: a dot. Shape and outline, not colour
    // alone (WCAG 1.4.1). Both are one path, so a marker is one template (first render).
    const d = selected
      ? `M${m.x} ${m.y - r * 1.3}l${r * 1.3} ${r * 1.3}l${-r * 1.3} ${r * 1.3}l${-r * 1.3} ${-r * 1.3}z`
      : `M${m.x - r} ${m.y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
    return svg`<g class="marker" role="option" tabindex=${index === this.view.focus ? 0 : -1} aria-selected=${selected ? 'true' : 'false'}
      ?data-selected=${selected} @click=${() => this.select(centre.id, true)}>
      <title>${name}</title>
      <circle class="hit" cx=${m.x} cy=${m.y} r=${TARGET / 2 / this.view.scale}></circle>
      <path class="dot" d=${d}></path>
      <circle class="ring" cx=${m.x} cy=${m.y} r=${(TARGET / 2 + 2) / this.view.scale}></circle>
    </g>`;
  }

  /**
   * The selected centre's name beside its marker: right, left, below or above, whichever first
   * stays inside the map and clear of the other markers.
   */
  private renderLabel(centre: Centre, m: PlacedMarker, all: readonly PlacedMarker[]): TemplateResult {
    const unit = 1 / this.view.scale;
    const size = 15 * unit;
    const gap = (SELECTED * 1.3 + 6) * unit;
    // Bold system fonts average about 0.65 em a character; a little more keeps the label inside the map.
    const width = centre.name.length * size * 0.7;
    const radius = (TARGET / 2) * unit;
    const centred = Math.min(Math.max(m.x - width / 2, 0), outlineWidth - width);
    const places = [
      {left: m.x + gap, y: m.y + size / 3},
      {left: m.x - gap - width, y: m.y + size / 3},
      {left: centred, y: m.y + gap + size},
      {left: centred, y: m.y - gap},
    ];
    // The whole map, not only the inset: a label may reach out of the inset's frame.
    const fits = (p: (typeof places)[number]) => p.left >= 0 && p.left + width <= outlineWidth && p.y - size >= 0 && p.y <= outlineHeight;
    const clear = (p: (typeof places)[number]) => all.every((o) => o === m
      || o.x + radius < p.left || o.x - radius > p.left + width || o.y + radius < p.y - size || o.y - radius > p.y + size * 0.3);
    const place = places.find((p) => fits(p) && clear(p)) ?? places.find(fits) ?? places[0]!;
    return svg`<text class="label" aria-hidden="true" x=${place.left} y=${place.y} font-size=${size} stroke-width=${4 * unit}>${centre.name}</text>`;
  }

  private renderDetails(data: MapData): TemplateResult {
    const i18n = this.i18n;
    const centre = data.centres.find((c) => c.id === this.selected);
    const served = centre ? data.served.get(centre.id) ?? [] : [];
    return html`<section class="details" id="details" part="details" tabindex="-1" aria-label=${i18n.text('centreMap', 'selectedLabel')}>
      ${centre
        ? html`<div class="heading" role="heading" aria-level=${this.level}>${centre.name}</div>
          ${this.renderFacts(centre, data)}
          ${centre.serviceArea ? html`<p lang=${DATA_LANG}>${centre.serviceArea.description}</p>` : nothing}
          ${served.length
            ? html`<details><summary>${i18n.t('centreMap', 'servedMunicipalities')} (${i18n.formatNumber(served.length)})</summary>
                <p>${served.map((m) => m.label).sort(collator().compare).join(', ')}</p></details>`
            : nothing}`
        : html`<p>${i18n.t('centreMap', 'noneSelected')}</p>`}
    </section>`;
  }
}
