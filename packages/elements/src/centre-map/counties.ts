// Through the drawing's module, loaded before any layer is drawn (map-drawing.ts says why).
import {projectPoint as project} from './map-drawing.js';
import {warnOnce} from '../shared/dev-warnings.js';

/** One county drawn on the map. */
export interface CountyShape {
  /** Fylkesnummer, two digits. */
  readonly number: string;
  /** SVG path data in the outline's viewBox units. */
  readonly d: string;
}

export interface CountyLayer {
  readonly shapes: readonly CountyShape[];
  /** Credit the host gave with its data (e.g. "Fylkesgrenser © Kartverket"), shown under the map. */
  readonly attribution: string | undefined;
  /** The host marked the layer as generated sample data: the map then says "Eksempeldata". */
  readonly sample: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Reads the county layer a host supplies: a GeoJSON FeatureCollection of Polygon or MultiPolygon
 * features in longitude/latitude (WGS 84), keyed by county number in `id` or
 * `properties.fylkesnummer` (Kartverket's name; `countyNumber` and `number` also work). Throws a
 * TypeError that says where the data is wrong, so the element can warn once and draw without it.
 *
 * Rings are projected point by point in the plane: no spherical winding rules apply, so both
 * RFC 7946 and d3 winding draw correctly (map.md §2). Points closer than a viewBox unit to the
 * previous one are dropped: a detailed host file need not put megabytes into the DOM.
 */
export function countyLayer(value: unknown): CountyLayer {
  if (!isRecord(value) || value['type'] !== 'FeatureCollection' || !Array.isArray(value['features'])) {
    throw new TypeError('expected a GeoJSON FeatureCollection with a "features" array');
  }
  const shapes = value['features'].map((feature: unknown, index): CountyShape => {
    const where = `features[${index}]`;
    const f: Record<string, unknown> = isRecord(feature) ? feature : {};
    const properties: Record<string, unknown> = isRecord(f['properties']) ? f['properties'] : {};
    const key = f['id'] ?? properties['fylkesnummer'] ?? properties['countyNumber'] ?? properties['number'];
    const number = typeof key === 'number' ? String(key).padStart(2, '0') : key;
    if (typeof number !== 'string' || !/^\d{2}$/.test(number)) {
      throw new TypeError(`${where}: no 2-digit county number in "id" or "properties.fylkesnummer"`);
    }
    const geometry: Record<string, unknown> = isRecord(f['geometry']) ? f['geometry'] : {};
    const coordinates = geometry['coordinates'];
    const polygons = geometry['type'] === 'Polygon' ? [coordinates] : geometry['type'] === 'MultiPolygon' ? coordinates : undefined;
    if (!Array.isArray(polygons)) throw new TypeError(`${where}: the geometry must be a Polygon or MultiPolygon`);
    let d = '';
    polygons.forEach((polygon: unknown, p) => {
      if (!Array.isArray(polygon)) throw new TypeError(`${where}.geometry: polygon ${p} is not an array of rings`);
      polygon.forEach((ring: unknown, r) => {
        if (!Array.isArray(ring) || ring.length < 4) throw new TypeError(`${where}.geometry: polygon ${p}, ring ${r} is not a closed ring of positions`);
        let last: [number, number] | undefined;
        for (const position of ring as unknown[]) {
          const [lon, lat] = Array.isArray(position) ? (position as unknown[]) : [];
          if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon > -10 && lon < 40 && lat > 50 && lat < 80)) {
            throw new TypeError(`${where}.geometry: polygon ${p}, ring ${r} has a position that is not longitude/latitude in degrees near Norway (WGS 84, EPSG:4326)`);
          }
          const [x, y] = project(lon, lat);
          if (last && Math.abs(x - last[0]) < 1 && Math.abs(y - last[1]) < 1) continue;
          d += `${last ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
          last = [x, y];
        }
        d += 'Z';
      });
    });
    return {number, d};
  });
  const attribution = value['attribution'];
  return {shapes, attribution: typeof attribution === 'string' && attribution.trim() ? attribution : undefined, sample: value['sample'] === true};
}

/**
 * The layer, or undefined when the host's data cannot be drawn: the web team reads why, once, in
 * the console (`tag` names the element), and the map works without it.
 */
export function readCountyLayer(value: unknown, tag: string): CountyLayer | undefined {
  try {
    return countyLayer(value);
  } catch (error) {
    warnOnce(`${tag}:counties:${String(error)}`, `<${tag}>: the counties layer is not drawn: ${(error as Error).message}.`);
    return undefined;
  }
}
