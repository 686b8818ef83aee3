import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Centre, MunicipalityIndex, MunicipalityMatch} from '@usht/sdk';
import {UshtElement} from '../shared/usht-element.js';
import {common} from '../locales/common.js';
import {centreMap} from '../locales/centre-map.js';
import type {SectionCatalogs} from '../locales/messages.js';
import {DataController} from '../shared/data-controller.js';
import {renderError, renderLoading, renderRejectedNote} from '../shared/states.js';
import {warnOnce} from '../shared/dev-warnings.js';
import {adoptSheet} from '../shared/adopt-styles.js';
import {headingLevel} from '../shared/heading-level.js';
import {stateStyles, tokens} from '../shared/tokens.styles.js';
import {centreMapStyles} from './centre-map.styles.js';
import {UshtCentreSelectEvent} from './centre-map.events.js';
import type {CountyLayer} from './counties.js';
import type {Places} from './centre-details.js';
import type {FinderView} from './municipality-finder.js';

const TAG = 'usht-centre-map';
interface View extends FinderView {
  /** Centres whose details are open, by id. */
  readonly open: readonly string[];
  /** Index (into `located`) of the marker holding the map's one tab stop. */
  readonly focus: number;
  /** Rendered CSS px per viewBox unit, measured; 0 until then (the drawing assumes its widest). */
  readonly scale: number;
}

type Drawing = typeof import('./map-drawing.js');
type Finder = typeof import('./municipality-finder.js');
type Details = typeof import('./centre-details.js');

interface MapData {
  readonly centres: readonly Centre[];
  /** Centres with a confirmed place, in list order: the map's markers. */
  readonly located: readonly Centre[];
  readonly rejected: number;
  /** Centres the source held that all failed validation: the data cannot be used, which is not "nothing found". */
  readonly unusable: number;
  /** The drawn map's code and outline; undefined when its chunk could not be loaded (the list still works). */
  readonly drawing: Drawing | undefined;
}

/**
 * A part of the map that loads on first need, once per page (the drawing, the finder, a centre's
 * details); its strings join the element's sections. A failed load gives undefined and is tried
 * again at the next need: the list works without any of them.
 */
function onDemand<M extends {readonly strings: object}>(load: () => Promise<M>, section: string) {
  const part = {
    module: undefined as M | undefined,
    pending: undefined as Promise<M | undefined> | undefined,
    load: (): Promise<M | undefined> => (part.pending ??= load().then((m) => {
      Object.assign(UshtCentreMap.sections, {[section]: m.strings});
      return (part.module = m);
    }, () => (part.pending = undefined))),
  };
  return part;
}
const drawingPart = onDemand((): Promise<Drawing> => import('./map-drawing.js'), 'centreMapDrawing');
const detailsPart = onDemand((): Promise<Details> => import('./centre-details.js'), 'centreDetails');
const finderPart = onDemand((): Promise<Finder> => import('./municipality-finder.js'), 'municipalityFinder');

/**
 * The USHT development centres as a list, a municipality finder ("Hvilket utviklingssenter hører
 * kommunen min til?") and an SVG map of Norway with one marker per centre. The list is the primary
 * content and comes first: each centre shows its name, host municipality and area, and opens its
 * details (satellites, website, contacts, the municipalities it serves) as a disclosure. The map is
 * one tab stop (arrow keys move between markers, Enter or Space opens the centre) with the crowded
 * Oslofjord area enlarged in an inset. The finder's answer and a marker open that centre's details
 * in the list and move focus there.
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
 * @csspart details - A centre's details in the list, shown when opened.
 * @csspart map - The map (SVG).
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
  static override sections: SectionCatalogs = {common, centreMap};

  /**
   * Loads the drawn map's code (the outline, the markers) ahead of the first map: a host that will
   * show one later (a tab, a "show map" button) can call it, as a script's `modulepreload` would.
   * Each map otherwise loads it beside its data. Never rejects.
   */
  static preload(): Promise<void> {
    return drawingPart.load().then(() => undefined);
  }

  private readonly data = new DataController<MapData>(this, async (client, signal) => {
    // The places belong to the data shown: a new client, a retry or a reconnection loads them again.
    this.signal = signal;
    this.places = undefined;
    const preselected = Boolean(this.selected || this.municipality);
    const [centres, drawing] = await Promise.all([
      client.centres({signal}),
      drawingPart.load(),
      // A preselected centre shows its details, what it serves included, in the first render, and
      // the finder its answer: nothing moves after it.
      preselected && Promise.all([detailsPart.load(), this.needPlaces()]),
      this.municipality ? finderPart.load() : undefined,
    ]);
    const unusable = centres.items.length ? 0 : centres.rejected.length;
    // The web team needs to know where the feed is broken; the visitor only that it is.
    if (unusable) {
      const paths = centres.rejected.map((r) => `${r.path} (${r.issues.map((i) => i.path || '(record)').join(', ')})`).join('; ');
      warnOnce(`${TAG}:unusable:${paths}`, `<${TAG}>: none of the ${unusable} centres in the data source is valid, so none is shown: ${paths}.`);
    }
    return {
      centres: centres.items,
      located: centres.items.filter((c) => c.location),
      rejected: centres.rejected.length,
      unusable,
      drawing,
    };
  });

  /** The signal of the data shown: the places are cancelled with it. */
  private signal: AbortSignal | undefined;
  private places: Places | undefined;

  /** Id of the selected centre (`troms`, `helse-fonna` …), whose details are open; follows the person's choice. */
  @property({reflect: false})
  selected: string | undefined;

  /**
   * Preselects the centre serving this municipality and opens it: its number (`1820`, or `301` as a
   * spreadsheet writes 0301), its name (`Herøy (Nordland)`) or a sourced Sami or Kven name (`Romsa`).
   */
  @property()
  municipality: string | undefined;

  /**
   * County borders to draw under the markers: a GeoJSON FeatureCollection in WGS 84 with each
   * feature's county number in `id` or `properties.fylkesnummer`. Optional; invalid data shows a
   * message and the map works without it.
   */
  @property({attribute: false})
  counties: unknown;

  /** Level of the element's heading (2–6) so it fits the host page's outline. */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel = 2;

  /** What the person sees change: one reactive object, so one decorated property (each costs bytes). */
  @state() private view: View = {query: '', options: [], active: -1, answer: '', open: [], focus: 0, scale: 0};

  private layer: CountyLayer | undefined;
  private layerFailed = false;
  /** Resolves once the county layer the host gave has been read (or found unusable). */
  private layerRead: Promise<void> | undefined;
  private seenData: MapData | undefined;
  /** The finder's index, built on first use for `indexData`. */
  private index: MunicipalityIndex | undefined;
  private indexData: Places['value'];
  /** The finder's code or the municipalities failed at its last use: its answer says so until the next. */
  private finderFailed = false;
  /** The `selected` or `municipality` value the data has no match for. */
  private centreNote: string | undefined;
  private municipalityNote: string | undefined;
  /** A `municipality` that waits for the finder's code to be looked up. */
  private municipalityPending = false;
  /** After the next render: focus the marker with the tab stop, or the details of this centre. */
  private moveFocus: 'marker' | string | undefined;
  private sized = false;
  private awaitingFinder = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('counties')) this.readCounties();
    const data = this.data.status === 'ready' ? this.data.value : undefined;
    if (!data) return;
    if (data.drawing && !this.sized) {
      this.sized = true;
      const drawing = data.drawing;
      // The first render assumed the widest map: a map that is that wide renders once, not twice.
      new drawing.MapSizer(this, (scale) => scale !== (this.view.scale || drawing.widestScale) && this.patch({scale}));
    }
    const fresh = data !== this.seenData;
    this.seenData = data;
    // A lookup that failed waits for the finder's next use: trying again at every update would never end.
    if (fresh || changed.has('municipality') || (this.municipalityPending && !this.finderFailed)) this.applyMunicipality();
    if (fresh || changed.has('selected') || changed.has('municipality')) {
      const id = this.selected;
      this.centreNote = id && !data.centres.some((c) => c.id === id) ? id : undefined;
      if (this.centreNote) {
        warnOnce(`${TAG}:selected:${id}`, `<${TAG}>: unknown selected="${id}"; the centres are: ${data.centres.map((c) => c.id).join(', ')}.`);
      } else if (id) this.openDetails(id);
    }
    if (this.view.focus >= data.located.length) this.patch({focus: 0});
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.moveFocus;
    if (target === 'marker') this.renderRoot.querySelector<SVGGElement>('.marker[tabindex="0"]')?.focus();
    else if (target) {
      const at = this.data.value?.centres.findIndex((c) => c.id === target) ?? -1;
      // The details' code may still be on its way: focus moves when they are there.
      const details = this.renderRoot.querySelector<HTMLElement>(`#centre-${at}-details`);
      details?.focus();
      // WebKit (WebKitGTK 2.50) moved focus there without scrolling: bring it into view ourselves.
      details?.scrollIntoView({block: 'nearest'});
      if (!details && !detailsPart.module) return;
    }
    this.moveFocus = undefined;
    if ((changed.get('view') as View | undefined)?.active !== this.view.active) {
      this.renderRoot.querySelector('li[aria-selected="true"]')?.scrollIntoView({block: 'nearest'});
    }
  }

  /** `heading-level` kept within what ARIA allows for a section heading. */
  private get level(): number {
    return headingLevel(this.headingLevel, 6);
  }

  private patch(change: Partial<View>): void {
    this.view = {...this.view, ...change};
  }

  private readCounties(): void {
    this.layer = undefined;
    this.layerFailed = false;
    const counties = this.counties;
    // The layer's code loads only for a host that gives one: most maps never need it (size budget).
    this.layerRead = counties === undefined || counties === null ? undefined : import('./counties.js').then(({readCountyLayer}) => readCountyLayer(counties, TAG), () => undefined).then((layer) => {
      if (this.counties !== counties) return;
      this.layer = layer;
      this.layerFailed = !layer;
      this.requestUpdate();
    });
  }

  /** Includes reading a county layer the host gave, so `await el.updateComplete` sees it drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.layerRead;
    return super.getUpdateComplete();
  }

  /**
   * The municipalities and counties of the data shown, loading them at the first need: one load at
   * a time, cancelled with the data's own request (a new client, a disconnection), and a failed
   * one is tried again at the next need. Never rejects; the outcome is in `this.places`.
   */
  private needPlaces(): Promise<void> | undefined {
    const signal = this.signal;
    if (!signal || (this.places && !this.places.failed)) return this.places?.promise;
    const client = this.dataClient;
    const load: Places = {
      promise: Promise.all([client.municipalities({}, {signal}), client.counties({signal})]).then(([municipalities, counties]) => {
        load.value = {
          municipalities: municipalities.items,
          counties: counties.items,
          rejected: municipalities.rejected.length + counties.rejected.length,
        };
      }, () => {
        // Cancelled too: then the data this load was for is gone, and a new load has replaced it.
        load.failed = true;
      }).then(() => this.requestUpdate()),
    };
    this.places = load;
    return load.promise;
  }

  /**
   * The finder's index, once its code and the municipalities have loaded (undefined before: this
   * starts both, on the finder's first focus or input, so it is ready by the first key if it can
   * be). Built on first use: it costs more than the rest of the first render.
   */
  private finderIndex(): MunicipalityIndex | undefined {
    const finder = finderPart.module;
    const places = this.places?.value;
    if (!finder || !places) {
      // One wait per element, however many keys were pressed meanwhile.
      if (!this.awaitingFinder) {
        this.awaitingFinder = true;
        void Promise.all([finderPart.load(), this.needPlaces()]).then(([loaded]) => {
          this.awaitingFinder = false;
          this.finderFailed = !(loaded && this.places?.value);
          // Typed before the code or data arrived: show what the typing asks for now.
          if (!this.finderFailed && this.view.query && this.view.answer === '' && !this.municipalityPending) this.handleQuery(this.view.query);
          this.requestUpdate();
        });
      }
      return undefined;
    }
    if (this.indexData !== places) {
      this.index = finder.createIndex(places.municipalities, places.counties);
      this.indexData = places;
    }
    return this.index;
  }

  private applyMunicipality(): void {
    const value = this.municipality?.trim();
    this.municipalityNote = undefined;
    const index = value ? this.finderIndex() : undefined;
    this.municipalityPending = Boolean(value && !index);
    if (!value || !index) return;
    const found = finderPart.module!.preselect(value, index, this.i18n);
    if (!found) this.municipalityNote = value;
    else if ('number' in found) this.choose(found, false);
    else this.patch(found);
  }

  private openDetails(id: string): void {
    if (!this.view.open.includes(id)) this.patch({open: [...this.view.open, id]});
    if (!detailsPart.module) void detailsPart.load().then((loaded) => loaded && this.requestUpdate());
    // The details name the municipalities the centre serves once they are there (after a failure,
    // their "try again" loads them).
    if (!this.places) void this.needPlaces();
  }

  /**
   * Selects a centre and opens its details; `focus` moves focus there (a choice made on the map or
   * in the finder, away from the list). Only a person's choice fires the event (style.md §4).
   */
  private select(id: string, byUser: boolean, focus = false): void {
    const changed = this.selected !== id;
    this.selected = id;
    this.openDetails(id);
    const at = this.data.value?.located.findIndex((c) => c.id === id) ?? -1;
    if (at >= 0) this.patch({focus: at});
    if (focus) this.moveFocus = id;
    if (changed && byUser) this.dispatchEvent(new UshtCentreSelectEvent(id));
  }

  private toggle(id: string): void {
    if (this.view.open.includes(id)) this.patch({open: this.view.open.filter((o) => o !== id)});
    else this.select(id, true);
  }

  private choose(match: MunicipalityMatch, byUser: boolean): void {
    const centre = this.data.value?.centres.find((c) => c.id === match.centreId);
    if (byUser) this.municipalityNote = undefined;
    this.patch({query: match.label, options: [], active: -1, answer: finderPart.module!.answer(match, centre, this.i18n)});
    if (centre) this.select(centre.id, byUser, byUser);
  }

  private handleQuery(query: string): void {
    const index = this.finderIndex();
    this.patch(index ? finderPart.module!.finderInput(query, index, this.i18n) : {query});
  }

  private handleFinderKey(event: KeyboardEvent): void {
    const index = this.finderIndex();
    const step = index && finderPart.module!.finderKey(event.key, this.view, index, this.i18n);
    if (!step) return;
    event.preventDefault();
    if ('number' in step) this.choose(step, true);
    else this.patch(step);
  }

  private skipMap(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#after-map')?.focus();
  }

  override render(): TemplateResult {
    const i18n = this.i18n;
    const data = this.data.value;
    if (this.data.status === 'loading') return renderLoading(i18n);
    if (this.data.status === 'error' || !data) return renderError(i18n, () => this.data.retry());
    if (!data.centres.length) {
      return html`<p class="state" data-kind=${data.unusable ? 'error' : nothing} part="state" role="status">${data.unusable ? i18n.countT('centreMap', 'unusable', data.unusable) : i18n.t('common', 'empty')}</p>`;
    }
    const drawing = data.drawing;
    if (drawing) adoptSheet(this.renderRoot, drawing.styles);
    if (finderPart.module) adoptSheet(this.renderRoot, finderPart.module.styles);
    return html`<div class="root" lang=${this.locale}>
      ${this.centreNote ? html`<p class="note" part="note">${i18n.t('centreMap', 'unknownCentre', this.centreNote)}</p>` : nothing}
      ${this.municipalityNote ? html`<p class="note" part="note">${i18n.t('centreMap', 'unknownMunicipality', this.municipalityNote)}</p>` : nothing}
      ${renderRejectedNote(i18n, data.rejected + (this.places?.value?.rejected ?? 0))}
      ${this.renderFinder()}
      <div class="layout">
        ${this.renderList(data)}
        <div class="map-column">${drawing
          ? drawing.renderMap({
            i18n,
            located: data.located,
            selected: data.centres.find((c) => c.id === this.selected),
            focus: this.view.focus,
            scale: this.view.scale || drawing.widestScale,
            layer: this.layer,
            layerFailed: this.layerFailed,
            onFocus: (focus) => {
              this.patch({focus});
              this.moveFocus = 'marker';
            },
            onPick: (id) => this.select(id, true, true),
            onSkip: (event) => this.skipMap(event),
          })
          : nothing}</div>
      </div>
    </div>`;
  }

  private renderFinder(): TemplateResult {
    const i18n = this.i18n;
    const view = this.view;
    const current = view.options[view.active];
    return html`<div class="finder" part="finder">
      <label for="finder">${i18n.t('centreMap', 'finderLabel')}</label>
      <p class="hint" id="finder-hint">${i18n.t('centreMap', 'finderHint')}</p>
      <div class="combobox">
        <input id="finder" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-controls="finder-options" aria-expanded=${view.options.length ? 'true' : 'false'}
          aria-activedescendant=${current ? `municipality-${current.number}` : nothing} aria-describedby="finder-hint"
          .value=${view.query} @input=${(e: InputEvent) => this.handleQuery((e.target as HTMLInputElement).value)}
          @keydown=${this.handleFinderKey} @focus=${() => this.finderIndex()}
          @blur=${() => this.view.options.length && this.patch({options: [], active: -1})}>
        <ul id="finder-options" role="listbox" aria-label=${i18n.text('centreMap', 'finderOptions')} ?hidden=${!view.options.length}>
          ${finderPart.module?.renderOptions(view, (m) => this.choose(m, true))}
        </ul>
      </div>
      <p class="answer" part="answer" role="status">${view.answer || (this.finderFailed ? i18n.t('common', 'loadFailed') : '')}</p>
    </div>`;
  }

  /**
   * Each centre: a disclosure button with its name, then host and area; its details render only
   * while open (first render: 21 entries with every fact expanded were most of the page's height
   * and most of the map's first-render time).
   */
  private renderList(data: MapData): TemplateResult {
    const i18n = this.i18n;
    // Looked up once, not 21 times: the list is most of the first render (budgets.md). Each
    // centre's facts are one text binding where the strings are plain text (every locale but
    // Sami, whose Bokmål fallbacks are marked lang="nb" and take the slower path).
    const unconfirmed = i18n.t('common', 'unconfirmed');
    const host = i18n.t('centreMap', 'host');
    const area = i18n.t('centreMap', 'area');
    const plain = typeof unconfirmed === 'string' && typeof host === 'string' && typeof area === 'string';
    return html`<section class="list" aria-labelledby="list-heading">
      <div class="heading" role="heading" aria-level=${this.level} id="list-heading">${i18n.countT('centreMap', 'centresHeading', data.centres.length)}</div>
      <ul part="list">
        ${data.centres.map((c, i) => {
          const open = this.view.open.includes(c.id);
          const candidate = !c.host.name && c.host.candidate ? i18n.t('centreMap', 'hostCandidate', c.host.candidate.name) : '';
          const note = c.host.name ? (c.uncertain ? unconfirmed : '') : candidate;
          const hostValue = c.host.name ?? unconfirmed;
          const facts = plain && typeof note === 'string'
            ? `${host}: ${hostValue as string}${note ? ` (${note})` : ''}\u2003${area}: ${c.area}`
            : html`${host}: ${hostValue}${note ? html` (${note})` : ''}\u2003${area}: ${c.area}`;
          return html`<li part="item" class="item" ?data-selected=${c.id === this.selected}>
            <button type="button" class="centre" id="centre-${i}" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `centre-${i}-details` : nothing}
              @click=${() => this.toggle(c.id)}>${c.name}</button>
            <p class="summary">${facts}</p>
            ${c.location ? nothing : html`<p class="off-map">${i18n.t('centreMap', 'notOnMap')}</p>`}
            ${open ? detailsPart.module?.renderDetails(c, i, this.places, i18n, () => this.needPlaces()) : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }


}
