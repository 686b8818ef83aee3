import {html, nothing, render, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Centre} from '@usht/sdk';
import {Localizer} from '../shared/localizer.js';
import type {CountyLayer} from './counties.js';
import {insetFrame, insetRegion, placeMarkers, project, type PlacedMarker} from './projection.js';

/**
 * The projection, for the county layer (counties.ts). A binding of this module, not a re-export:
 * the bundler then keeps the projection in the drawing's chunk instead of a third chunk that the
 * drawing would wait for in a second round trip.
 */
export const projectPoint: typeof project = project;
import {outlineHeight, outlinePath, outlineWidth} from './norway-outline.js';

import {mapDrawingStyles} from './map-drawing.styles.js';
import {centreMapDrawing} from '../locales/centre-map-drawing.js';

export {mapDrawingStyles as styles, centreMapDrawing as strings};

/**
 * The drawn map of <usht-centre-map>: the outline, the Oslofjord inset, the markers and their
 * keyboard. Loaded with the element's data, not with the element: the list and the finder are the
 * primary content and render from the element's own module, and the outline alone weighs as much
 * as the list's code (budgets.md: the map's entry ≤ 14 KiB).
 */

/** Marker sizes in CSS px; converted to viewBox units at the map's rendered size. */
const DOT = 7;
const SELECTED = 11;
// A 28 px hit circle around each marker and at least that much between two: WCAG 2.5.8 asks 24.
const TARGET = 28;

/**
 * Map units per CSS px before the map is measured: the map at its widest (36em at 16 px, the
 * `--usht-centre-map-max-width` default), as on any screen wider than about 1,200 px. Elsewhere the
 * ResizeObserver corrects it after layout and before paint, in the same frame; measuring the
 * width before rendering instead forced a layout of the host page on every first render.
 */
export const widestScale = (36 * 16) / outlineWidth;

/** Rendered CSS px per viewBox unit at a measured width, rounded so sub-pixel jitter renders nothing. */
export const scaleAt = (width: number): number => Math.round((width / outlineWidth) * 1000) / 1000;

/**
 * Measures the drawn map and reports its scale (CSS px per viewBox unit) when its width changes:
 * after layout and before paint, so markers keep their size in CSS px in the same frame.
 */
export class MapSizer implements ReactiveController {
  private readonly host: ReactiveControllerHost & {readonly renderRoot: ParentNode};
  private readonly resize: ResizeObserver | undefined;
  private observed: Element | null = null;

  constructor(host: ReactiveControllerHost & {readonly renderRoot: ParentNode}, onScale: (scale: number) => void) {
    this.host = host;
    this.resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) onScale(scaleAt(width));
    });
    host.addController(this);
  }

  hostUpdated(): void {
    const map = this.host.renderRoot.querySelector('svg.map');
    if (map === this.observed) return;
    this.resize?.disconnect();
    if (map) this.resize?.observe(map);
    this.observed = map;
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    this.observed = null;
  }
}

/** What the element gives the drawing: its state, its strings and what a person's choice calls. */
export interface MapInput {
  readonly i18n: Localizer;
  /** Centres with a confirmed place, in list order. */
  readonly located: readonly Centre[];
  readonly selected: Centre | undefined;
  /** Index (into `located`) of the marker holding the map's one tab stop. */
  readonly focus: number;
  /** Rendered CSS px per viewBox unit. */
  readonly scale: number;
  readonly layer: CountyLayer | undefined;
  /** The host's county layer could not be read: the map says so under it. */
  readonly layerFailed: boolean;
  /** A key moved the tab stop to the marker at this index. */
  readonly onFocus: (index: number) => void;
  /** A person chose a centre on the map (click, Enter, Space). */
  readonly onPick: (id: string) => void;
  readonly onSkip: (event: Event) => void;
}

/**
 * The marker a key moves to from `focus` among `count`, `'pick'` for Enter and Space, or
 * undefined for a key the map leaves to the page (R9: only while a marker has focus are keys ours).
 */
function markerKey(key: string, focus: number, count: number): number | 'pick' | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(focus + 1, count - 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(focus - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'Enter':
    case ' ':
      return 'pick';
    default:
      return undefined;
  }
}

/** The last placement, by the centres and the gap it was made for. */
let placed: {readonly located: readonly Centre[]; readonly gap: number; readonly markers: readonly PlacedMarker[]} | undefined;

export function renderMap(input: MapInput): TemplateResult {
  const {i18n, located, selected, scale, layer} = input;
  const onKey = (event: KeyboardEvent) => {
    const next = markerKey(event.key, input.focus, located.length);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== 'pick') input.onFocus(next);
    else if (located[input.focus]) input.onPick(located[input.focus]!.id);
  };
  const gap = (TARGET + 4) / scale;
  // Every keystroke in the finder renders the map again; the markers move only with the data or the size.
  if (placed?.located !== located || placed.gap !== gap) {
    placed = {located, gap, markers: placeMarkers(located.map((c) => ({id: c.id, lon: c.location!.lon, lat: c.location!.lat})), gap)};
  }
  const markers = placed.markers;
  const px = (n: number) => n / scale;
  const land = svg`<path class="land" d=${outlinePath}></path>
    ${layer?.shapes.map((s) => svg`<path class="county" ?data-current=${s.number === selected?.county.number} d=${s.d}></path>`)}`;
  const label = markers.find((m) => m.id === selected?.id);
  const attribution = [i18n.text('centreMapDrawing', 'mapAttribution'), layer?.attribution, layer?.sample ? i18n.text('common', 'sampleData') : undefined];
  return html`<a class="skip" href="#after-map" @click=${input.onSkip}>${i18n.t('centreMapDrawing', 'skipMap')}</a>
    <svg class="map" part="map" viewBox="0 0 ${outlineWidth} ${outlineHeight}" role="listbox"
      aria-label=${i18n.text('centreMapDrawing', 'mapLabel')} aria-describedby="map-hint" @keydown=${onKey}>
      <g aria-hidden="true">
        ${land}
        <rect class="inset-region" x=${insetRegion.x} y=${insetRegion.y} width=${insetRegion.width} height=${insetRegion.height}></rect>
        <rect class="inset" x=${insetFrame.x} y=${insetFrame.y} width=${insetFrame.width} height=${insetFrame.height}></rect>
        <svg x=${insetFrame.x} y=${insetFrame.y} width=${insetFrame.width} height=${insetFrame.height}
          viewBox="${insetRegion.x} ${insetRegion.y} ${insetRegion.width} ${insetRegion.height}">${land}</svg>
        <text class="inset-label" x=${insetFrame.x + px(6)} y=${insetFrame.y + px(18)} font-size=${px(14)}>${i18n.text('centreMapDrawing', 'inset')}</text>
        ${markers.map((m) => (Math.hypot(m.x - m.ax, m.y - m.ay) > px(3)
          ? svg`<line class="leader" x1=${m.ax} y1=${m.ay} x2=${m.x} y2=${m.y}></line><circle class="anchor" cx=${m.ax} cy=${m.ay} r=${px(2.5)}></circle>`
          : nothing))}
      </g>
      ${markers.map((m, i) => renderMarker(input, located[i]!, m, i))}
      ${label && selected ? renderLabel(selected, label, markers, scale) : nothing}
    </svg>
    <p class="hint" id="map-hint">${i18n.t('centreMapDrawing', 'mapHint')}</p>
    <p class="attribution" id="after-map" tabindex="-1">${attribution.filter(Boolean).join(' · ')}</p>
    ${input.layerFailed ? html`<p class="note" part="note">${i18n.t('centreMapDrawing', 'countiesFailed')}</p>` : nothing}`;
}

function renderMarker(input: MapInput, centre: Centre, m: PlacedMarker, index: number): TemplateResult {
  const selected = centre.id === input.selected?.id;
  const r = (selected ? SELECTED : DOT) / input.scale;
  const name = centre.host.name ? `${centre.name}, ${centre.host.name}` : centre.name;
  // Selected: a larger diamond with a dark outline; others: a dot. Shape and outline, not colour
  // alone (WCAG 1.4.1). Both are one path, so a marker is one template (first render).
  const d = selected
    ? `M${m.x} ${m.y - r * 1.3}l${r * 1.3} ${r * 1.3}l${-r * 1.3} ${r * 1.3}l${-r * 1.3} ${-r * 1.3}z`
    : `M${m.x - r} ${m.y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;
  // Named by aria-label, not only by <title> (kept: the mouse's tooltip): in WebKit, axe finds no
  // name for an option from its SVG title (aria-toggle-field-name on every marker).
  return svg`<g class="marker" role="option" aria-label=${name} tabindex=${index === input.focus ? 0 : -1} aria-selected=${selected ? 'true' : 'false'}
    ?data-selected=${selected} @click=${() => input.onPick(centre.id)}>
    <title>${name}</title>
    <circle class="hit" cx=${m.x} cy=${m.y} r=${TARGET / 2 / input.scale}></circle>
    <path class="dot" d=${d}></path>
    <circle class="ring" cx=${m.x} cy=${m.y} r=${(TARGET / 2 + 2) / input.scale}></circle>
  </g>`;
}

/**
 * The selected centre's name beside its marker: right, left, below or above, whichever first
 * stays inside the map and clear of the other markers.
 */
function renderLabel(centre: Centre, m: PlacedMarker, all: readonly PlacedMarker[], scale: number): TemplateResult {
  const unit = 1 / scale;
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

/**
 * Prepares what the first map would otherwise prepare in its first render: the constructable style
 * sheet and Lit's templates (each template's HTML is parsed once per page, on its first use), by
 * drawing two sample markers into a detached fragment. It runs when this chunk loads, which is
 * while the element's data is loading (or at `UshtCentreMap.preload()`), so the render after the
 * data arrives is ~2 ms shorter (bench/map.mjs). Nothing of it reaches the page.
 */
function prepare(): void {
  void mapDrawingStyles.styleSheet;
  const sample = (id: string, lat: number) => ({id, name: id, host: {name: id}, location: {lat, lon: 10.75}}) as unknown as Centre;
  const [a, b] = [sample('a', 59.91), sample('b', 59.912)];
  const i18n = new Localizer('nb', undefined, {centreMapDrawing});
  const noop = () => undefined;
  render(renderMap({i18n, located: [a, b], selected: a, focus: 0, scale: widestScale, layer: undefined, layerFailed: false, onFocus: noop, onPick: noop, onSkip: noop}), document.createDocumentFragment());
}
if (typeof document !== 'undefined') prepare();
