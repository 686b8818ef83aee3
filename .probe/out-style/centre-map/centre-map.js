var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { UshtElement } from '../shared/usht-element.js';
import { common } from '../locales/common.js';
import { centreMap } from '../locales/centre-map.js';
import { DataController } from '../shared/data-controller.js';
import { renderError, renderLoading, renderRejectedNote } from '../shared/states.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { stateStyles, tokens } from '../shared/tokens.styles.js';
import { centreMapStyles } from './centre-map.styles.js';
import { UshtCentreSelectEvent } from './centre-map.events.js';
import { countyLayer } from './counties.js';
import { insetFrame, insetRegion, placeMarkers } from './projection.js';
import { outlineHeight, outlinePath, outlineWidth } from './norway-outline.js';
const TAG = 'usht-centre-map';
/** Marker sizes in CSS px; converted to viewBox units at the map's rendered size. */
const DOT = 7;
const SELECTED = 11;
// A 28 px hit circle around each marker and at least that much between two: WCAG 2.5.8 asks 24.
const TARGET = 28;
const FINDER_LIMIT = 8;
const hostLabel = (url) => {
    const { hostname, href } = new URL(url);
    return hostname ? hostname.replace(/^www\./, '') : href.replace(/^mailto:/, '');
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
 * @fires usht-centre-select - A person chose a centre (list, map or finder); `detail.centreId`.
 * @csspart finder - The municipality finder.
 * @csspart answer - The finder's answer (a polite live region).
 * @csspart list - The list of centres.
 * @csspart item - One centre in the list.
 * @csspart map - The map (SVG).
 * @csspart details - The selected centre's details.
 * @csspart note - Messages about attributes or data (unknown centre, invalid county layer).
 * @cssprop [--usht-centre-map-land=var(--usht-color-accent-surface)] - Fill of the land.
 * @cssprop [--usht-centre-map-coast=var(--usht-color-border)] - The coastline and borders.
 * @cssprop [--usht-centre-map-marker=var(--usht-color-accent)] - Marker fill.
 * @cssprop [--usht-centre-map-max-width=36rem] - Widest the map is drawn.
 */
let UshtCentreMap = (() => {
    let _classSuper = UshtElement;
    let _selected_decorators;
    let _selected_initializers = [];
    let _selected_extraInitializers = [];
    let _municipality_decorators;
    let _municipality_initializers = [];
    let _municipality_extraInitializers = [];
    let _counties_decorators;
    let _counties_initializers = [];
    let _counties_extraInitializers = [];
    let _headingLevel_decorators;
    let _headingLevel_initializers = [];
    let _headingLevel_extraInitializers = [];
    let _view_decorators;
    let _view_initializers = [];
    let _view_extraInitializers = [];
    return class UshtCentreMap extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _selected_decorators = [property({ reflect: false })];
            _municipality_decorators = [property()];
            _counties_decorators = [property({ attribute: false })];
            _headingLevel_decorators = [property({ type: Number, attribute: 'heading-level' })];
            _view_decorators = [state()];
            __esDecorate(this, null, _selected_decorators, { kind: "accessor", name: "selected", static: false, private: false, access: { has: obj => "selected" in obj, get: obj => obj.selected, set: (obj, value) => { obj.selected = value; } }, metadata: _metadata }, _selected_initializers, _selected_extraInitializers);
            __esDecorate(this, null, _municipality_decorators, { kind: "accessor", name: "municipality", static: false, private: false, access: { has: obj => "municipality" in obj, get: obj => obj.municipality, set: (obj, value) => { obj.municipality = value; } }, metadata: _metadata }, _municipality_initializers, _municipality_extraInitializers);
            __esDecorate(this, null, _counties_decorators, { kind: "accessor", name: "counties", static: false, private: false, access: { has: obj => "counties" in obj, get: obj => obj.counties, set: (obj, value) => { obj.counties = value; } }, metadata: _metadata }, _counties_initializers, _counties_extraInitializers);
            __esDecorate(this, null, _headingLevel_decorators, { kind: "accessor", name: "headingLevel", static: false, private: false, access: { has: obj => "headingLevel" in obj, get: obj => obj.headingLevel, set: (obj, value) => { obj.headingLevel = value; } }, metadata: _metadata }, _headingLevel_initializers, _headingLevel_extraInitializers);
            __esDecorate(this, null, _view_decorators, { kind: "accessor", name: "view", static: false, private: false, access: { has: obj => "view" in obj, get: obj => obj.view, set: (obj, value) => { obj.view = value; } }, metadata: _metadata }, _view_initializers, _view_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens, stateStyles, centreMapStyles];
        static sections = { common, centreMap };
        data = new DataController(this, async (client, signal) => {
            // The SDK is a chunk of its own, already loading for the client: the index code stays out of this entry.
            const [centres, municipalities, counties, { createMunicipalityIndex }] = await Promise.all([
                client.centres({ signal }),
                client.municipalities({}, { signal }),
                client.counties({ signal }),
                import('@usht/sdk'),
            ]);
            const index = createMunicipalityIndex(municipalities.items, counties.items);
            const collator = new Intl.Collator('nb');
            const served = new Map();
            for (const m of [...index.all].sort((a, b) => collator.compare(a.name, b.name))) {
                served.set(m.centreId, [...(served.get(m.centreId) ?? []), m]);
            }
            return {
                centres: centres.items,
                located: centres.items.filter((c) => c.location),
                index,
                served,
                rejected: centres.rejected.length + municipalities.rejected.length + counties.rejected.length,
            };
        });
        #selected_accessor_storage = __runInitializers(this, _selected_initializers, void 0);
        /** Id of the selected centre (`troms`, `helse-fonna` …); follows the person's choice. */
        get selected() { return this.#selected_accessor_storage; }
        set selected(value) { this.#selected_accessor_storage = value; }
        #municipality_accessor_storage = (__runInitializers(this, _selected_extraInitializers), __runInitializers(this, _municipality_initializers, void 0));
        /** Preselects the centre serving this municipality: a 4-digit number or a name ("Herøy (Nordland)"). */
        get municipality() { return this.#municipality_accessor_storage; }
        set municipality(value) { this.#municipality_accessor_storage = value; }
        #counties_accessor_storage = (__runInitializers(this, _municipality_extraInitializers), __runInitializers(this, _counties_initializers, void 0));
        /**
         * County borders to draw under the markers: a GeoJSON FeatureCollection in WGS 84 with each
         * feature's county number in `id` or `properties.fylkesnummer`. Optional; invalid data shows a
         * message and the map works without it.
         */
        get counties() { return this.#counties_accessor_storage; }
        set counties(value) { this.#counties_accessor_storage = value; }
        #headingLevel_accessor_storage = (__runInitializers(this, _counties_extraInitializers), __runInitializers(this, _headingLevel_initializers, 2));
        /** Level of the element's headings (2–6) so they fit the host page's outline. */
        get headingLevel() { return this.#headingLevel_accessor_storage; }
        set headingLevel(value) { this.#headingLevel_accessor_storage = value; }
        #view_accessor_storage = (__runInitializers(this, _headingLevel_extraInitializers), __runInitializers(this, _view_initializers, { query: '', options: [], active: -1, answer: '', focus: 0, scale: 0.5 }));
        /** What the person sees change: one reactive object, so one decorated accessor (each costs bytes). */
        get view() { return this.#view_accessor_storage; }
        set view(value) { this.#view_accessor_storage = value; }
        layer = __runInitializers(this, _view_extraInitializers);
        layerFailed = false;
        seenData;
        /** The `selected` or `municipality` value the data has no match for. */
        centreNote;
        municipalityNote;
        moveFocus = false;
        resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(([entry]) => {
            const width = entry?.contentRect.width ?? 0;
            if (width > 0)
                this.patch({ scale: Math.round((width / outlineWidth) * 1000) / 1000 });
        });
        observed = null;
        disconnectedCallback() {
            super.disconnectedCallback();
            this.resize?.disconnect();
            this.observed = null;
        }
        willUpdate(changed) {
            super.willUpdate(changed);
            if (changed.has('counties'))
                this.readCounties();
            const data = this.data.status === 'ready' ? this.data.value : undefined;
            if (!data)
                return;
            const fresh = data !== this.seenData;
            this.seenData = data;
            if (fresh || changed.has('municipality'))
                this.applyMunicipality(data);
            if (fresh || changed.has('selected') || changed.has('municipality')) {
                const id = this.selected;
                this.centreNote = id && !data.centres.some((c) => c.id === id) ? id : undefined;
                if (this.centreNote) {
                    warnOnce(`${TAG}:selected:${id}`, `<${TAG}>: unknown selected="${id}"; the centres are: ${data.centres.map((c) => c.id).join(', ')}.`);
                }
                const at = data.located.findIndex((c) => c.id === id);
                if (at >= 0)
                    this.patch({ focus: at });
            }
            if (this.view.focus >= data.located.length)
                this.patch({ focus: 0 });
        }
        updated(changed) {
            super.updated(changed);
            const map = this.renderRoot.querySelector('svg.map');
            if (map !== this.observed) {
                this.resize?.disconnect();
                if (map)
                    this.resize?.observe(map);
                this.observed = map;
            }
            if (this.moveFocus) {
                this.moveFocus = false;
                this.renderRoot.querySelector('.marker[tabindex="0"]')?.focus();
            }
            if (changed.get('view')?.active !== this.view.active) {
                this.renderRoot.querySelector('li[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
            }
        }
        patch(change) {
            this.view = { ...this.view, ...change };
        }
        readCounties() {
            this.layer = undefined;
            this.layerFailed = false;
            if (this.counties === undefined || this.counties === null)
                return;
            try {
                this.layer = countyLayer(this.counties);
            }
            catch (error) {
                this.layerFailed = true;
                warnOnce(`${TAG}:counties:${String(error)}`, `<${TAG}>: the counties layer is not drawn: ${error.message}.`);
            }
        }
        applyMunicipality(data) {
            const value = this.municipality?.trim();
            this.municipalityNote = undefined;
            if (!value)
                return;
            const matches = data.index.lookup(value);
            if (matches.length === 1)
                this.choose(matches[0], false);
            else if (matches.length > 1)
                this.patch({ query: value, answer: this.i18n.text('centreMap', 'finderAmbiguous', matches[0].name) });
            else {
                this.municipalityNote = value;
                warnOnce(`${TAG}:municipality:${value}`, `<${TAG}>: no municipality has the name or number municipality="${value}".`);
            }
        }
        /** Selects a centre; only a person's choice fires the event (style.md §4). */
        select(id, byUser) {
            const changed = this.selected !== id;
            this.selected = id;
            const at = this.data.value?.located.findIndex((c) => c.id === id) ?? -1;
            if (at >= 0)
                this.patch({ focus: at });
            if (changed && byUser)
                this.dispatchEvent(new UshtCentreSelectEvent(id));
        }
        choose(match, byUser) {
            const i18n = this.i18n;
            const centre = this.data.value?.centres.find((c) => c.id === match.centreId);
            if (byUser)
                this.municipalityNote = undefined;
            let answer = centre ? i18n.text('centreMap', 'finderAnswer', match.label, centre.name) : i18n.text('centreMap', 'unknownCentre', match.centreId);
            if (centre && match.uncertain)
                answer += ` ${i18n.text('centreMap', 'finderUncertain')}`;
            this.patch({ query: match.label, options: [], active: -1, answer });
            if (centre)
                this.select(centre.id, byUser);
        }
        handleInput(event) {
            const query = event.target.value;
            const options = this.data.value?.index.search(query, FINDER_LIMIT) ?? [];
            const answer = query.trim() && !options.length ? this.i18n.text('centreMap', 'finderNoMatch', query.trim()) : '';
            this.patch({ query, options, active: -1, answer });
        }
        handleFinderKey(event) {
            const index = this.data.value?.index;
            const { query, options, active } = this.view;
            if (!index)
                return;
            switch (event.key) {
                case 'ArrowDown': {
                    const list = options.length ? options : index.search(query, FINDER_LIMIT);
                    this.patch({ options: list, active: Math.min(active + 1, list.length - 1) });
                    break;
                }
                case 'ArrowUp':
                    if (!options.length)
                        return;
                    this.patch({ active: Math.max(active - 1, 0) });
                    break;
                case 'Enter': {
                    const exact = index.lookup(query);
                    const pick = options[active] ?? (exact.length ? exact : index.search(query, 1))[0];
                    // Two municipalities share the name (Herøy, Våler): ask which, never guess.
                    if (active < 0 && exact.length > 1) {
                        this.patch({ options: exact, active: 0, answer: this.i18n.text('centreMap', 'finderAmbiguous', exact[0].name) });
                    }
                    else if (pick)
                        this.choose(pick, true);
                    else if (query.trim())
                        this.patch({ answer: this.i18n.text('centreMap', 'finderNoMatch', query.trim()) });
                    else
                        return;
                    break;
                }
                case 'Escape':
                    if (options.length)
                        this.patch({ options: [], active: -1 });
                    else if (query)
                        this.patch({ query: '' });
                    else
                        return;
                    break;
                default:
                    return;
            }
            event.preventDefault();
        }
        handleMapKey(event) {
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
                    if (located[next])
                        this.select(located[next].id, true);
                    break;
                default:
                    return;
            }
            // Keys are ours only while a marker has focus: the page keeps its own scrolling (R9).
            event.preventDefault();
            this.patch({ focus: next });
            this.moveFocus = true;
        }
        skipMap(event) {
            event.preventDefault();
            this.renderRoot.querySelector('#details')?.focus();
        }
        render() {
            const i18n = this.i18n;
            const data = this.data.value;
            if (this.data.status === 'loading')
                return renderLoading(i18n);
            if (this.data.status === 'error' || !data)
                return renderError(i18n, () => this.data.retry());
            if (!data.centres.length)
                return html `<p class="state" role="status">${i18n.t('common', 'empty')}</p>`;
            return html `<div class="root" lang=${this.locale}>
      ${this.centreNote ? html `<p class="note" part="note">${i18n.t('centreMap', 'unknownCentre', this.centreNote)}</p>` : nothing}
      ${this.municipalityNote ? html `<p class="note" part="note">${i18n.t('centreMap', 'unknownMunicipality', this.municipalityNote)}</p>` : nothing}
      ${renderRejectedNote(i18n, data.rejected)}
      ${this.renderFinder()}
      <div class="layout">
        ${this.renderList(data)}
        <div class="map-column">${this.renderMap(data)}${this.renderDetails(data)}</div>
      </div>
    </div>`;
        }
        renderFinder() {
            const i18n = this.i18n;
            const { query, options, active, answer } = this.view;
            const current = options[active];
            return html `<div class="finder" part="finder">
      <label for="finder">${i18n.t('centreMap', 'finderLabel')}</label>
      <p class="hint" id="finder-hint">${i18n.t('centreMap', 'finderHint')}</p>
      <div class="combobox">
        <input id="finder" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-controls="finder-options" aria-expanded=${options.length ? 'true' : 'false'}
          aria-activedescendant=${current ? `municipality-${current.number}` : nothing} aria-describedby="finder-hint"
          .value=${query} @input=${this.handleInput} @keydown=${this.handleFinderKey}
          @blur=${() => this.patch({ options: [], active: -1 })}>
        <ul id="finder-options" role="listbox" aria-label=${i18n.text('centreMap', 'finderOptions')} ?hidden=${!options.length}>
          ${options.map((m, i) => html `<li id="municipality-${m.number}" role="option" aria-selected=${i === active ? 'true' : 'false'}
            @mousedown=${(e) => e.preventDefault()} @click=${() => this.choose(m, true)}>${m.label} <span class="number">${m.number}</span></li>`)}
        </ul>
      </div>
      <p class="answer" part="answer" role="status">${answer}</p>
    </div>`;
        }
        renderList(data) {
            const i18n = this.i18n;
            return html `<section class="list" aria-labelledby="list-heading">
      <div class="heading" role="heading" aria-level=${this.headingLevel} id="list-heading">${i18n.countT('centreMap', 'centresHeading', data.centres.length)}</div>
      <ul part="list">
        ${data.centres.map((c) => {
                const selected = c.id === this.selected;
                return html `<li part="item" class="item" ?data-selected=${selected}>
            <button type="button" class="centre" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.select(c.id, true)}>${c.name}</button>
            ${this.renderFacts(c, data)}
          </li>`;
            })}
      </ul>
    </section>`;
        }
        renderFacts(c, data) {
            const i18n = this.i18n;
            const unconfirmed = i18n.t('common', 'unconfirmed');
            const host = c.host.name
                ? html `${c.host.name}${c.uncertain ? html ` (${unconfirmed})` : nothing}`
                : html `${unconfirmed}${c.host.candidate ? html ` (${i18n.t('centreMap', 'hostCandidate', c.host.candidate.name)})` : nothing}`;
            const served = data.served.get(c.id)?.length ?? 0;
            const satellites = c.satellites.filter((s) => s.current !== false);
            const row = (label, value) => html `<div><dt>${label}:</dt><dd>${value}</dd></div>`;
            return html `<dl class="facts">
        ${row(i18n.t('centreMap', 'host'), host)}
        ${row(i18n.t('centreMap', 'area'), html `${c.area}${served ? ` (${i18n.count('centreMap', 'municipalityCount', served)})` : nothing}`)}
        ${satellites.length
                ? row(i18n.t('centreMap', 'satellites'), satellites.map((s, i) => html `${i ? ', ' : nothing}${s.name}${s.current === null ? html ` (${unconfirmed})` : nothing}`))
                : nothing}
        ${c.websites.length
                ? row(i18n.t('centreMap', 'websites'), c.websites.map((w, i) => html `${i ? ', ' : nothing}<a href=${w.url}>${hostLabel(w.url)}</a>`))
                : nothing}
        ${c.contacts?.length
                ? row(i18n.t('centreMap', 'contacts'), c.contacts.map((p) => html `<span class="contact">${[p.name, p.role].filter(Boolean).join(', ')}
              ${p.email ? html `<a href="mailto:${p.email}">${p.email}</a>` : nothing}
              ${p.phone ? html `<a href="tel:${p.phone.replace(/ /g, '')}">${p.phone}</a>` : nothing}</span>`))
                : nothing}
      </dl>
      ${c.location ? nothing : html `<p class="off-map">${i18n.t('centreMap', 'notOnMap')}</p>`}`;
        }
        renderMap(data) {
            const i18n = this.i18n;
            const { scale } = this.view;
            const located = data.located;
            const markers = placeMarkers(located.map((c) => ({ id: c.id, lon: c.location.lon, lat: c.location.lat })), (TARGET + 4) / scale);
            const px = (n) => n / scale;
            const selected = data.centres.find((c) => c.id === this.selected);
            const layer = this.layer;
            const land = svg `<path class="land" d=${outlinePath}></path>
      ${layer?.shapes.map((s) => svg `<path class="county" ?data-current=${s.number === selected?.county.number} d=${s.d}></path>`)}`;
            const label = markers.find((m) => m.id === selected?.id);
            const attribution = [i18n.text('centreMap', 'mapAttribution'), layer?.attribution, layer?.sample ? i18n.text('common', 'sampleData') : undefined];
            return html `<a class="skip" href="#details" @click=${this.skipMap}>${i18n.t('centreMap', 'skipMap')}</a>
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
                ? svg `<line class="leader" x1=${m.ax} y1=${m.ay} x2=${m.x} y2=${m.y}></line><circle class="anchor" cx=${m.ax} cy=${m.ay} r=${px(2.5)}></circle>`
                : nothing))}
        </g>
        ${markers.map((m, i) => this.renderMarker(located[i], m, i))}
        ${label && selected ? this.renderLabel(selected, label) : nothing}
      </svg>
      <p class="hint" id="map-hint">${i18n.t('centreMap', 'mapHint')}</p>
      <p class="attribution">${attribution.filter(Boolean).join(' · ')}</p>
      ${this.layerFailed ? html `<p class="note" part="note">${i18n.t('centreMap', 'countiesFailed')}</p>` : nothing}`;
        }
        renderMarker(centre, m, index) {
            const selected = centre.id === this.selected;
            const r = (selected ? SELECTED : DOT) / this.view.scale;
            const name = centre.host.name ? `${centre.name}, ${centre.host.name}` : centre.name;
            // Selected: a larger diamond with a dark outline; others: a dot. Shape and outline, not colour alone (WCAG 1.4.1).
            return svg `<g class="marker" role="option" tabindex=${index === this.view.focus ? 0 : -1} aria-selected=${selected ? 'true' : 'false'}
      ?data-selected=${selected} @click=${() => this.select(centre.id, true)}>
      <title>${name}</title>
      <circle class="hit" cx=${m.x} cy=${m.y} r=${TARGET / 2 / this.view.scale}></circle>
      ${selected
                ? svg `<path class="dot" d="M${m.x} ${m.y - r * 1.3}l${r * 1.3} ${r * 1.3}l${-r * 1.3} ${r * 1.3}l${-r * 1.3} ${-r * 1.3}z"></path>`
                : svg `<circle class="dot" cx=${m.x} cy=${m.y} r=${r}></circle>`}
      <circle class="ring" cx=${m.x} cy=${m.y} r=${(TARGET / 2 + 2) / this.view.scale}></circle>
    </g>`;
        }
        renderLabel(centre, m) {
            const size = 15 / this.view.scale;
            const gap = (SELECTED * 1.3 + 6) / this.view.scale;
            // Labels of markers on the eastern half would run off the map: put them on the marker's left.
            const end = m.x > outlineWidth / 2;
            return svg `<text class="label" aria-hidden="true" x=${end ? m.x - gap : m.x + gap} y=${m.y + size / 3} font-size=${size}
      text-anchor=${end ? 'end' : 'start'}>${centre.name}</text>`;
        }
        renderDetails(data) {
            const i18n = this.i18n;
            const centre = data.centres.find((c) => c.id === this.selected);
            const served = centre ? data.served.get(centre.id) ?? [] : [];
            return html `<section class="details" id="details" part="details" tabindex="-1" aria-label=${i18n.text('centreMap', 'selectedLabel')}>
      ${centre
                ? html `<div class="heading" role="heading" aria-level=${this.headingLevel}>${centre.name}</div>
          ${this.renderFacts(centre, data)}
          ${centre.serviceArea ? html `<p>${centre.serviceArea.description}</p>` : nothing}
          ${served.length
                    ? html `<details><summary>${i18n.t('centreMap', 'servedMunicipalities')} (${i18n.formatNumber(served.length)})</summary>
                <p>${served.map((m) => m.label).join(', ')}</p></details>`
                    : nothing}`
                : html `<p>${i18n.t('centreMap', 'noneSelected')}</p>`}
    </section>`;
        }
    };
})();
export { UshtCentreMap };
//# sourceMappingURL=centre-map.js.map