// Generates packages/elements/src/centre-map/norway-outline.ts: the outline of mainland Norway as
// pre-projected, simplified, integer SVG path data, plus the projection parameters the element
// needs to place markers with its own small transverse Mercator (no d3 at run time, map.md §5).
//
// Source: world-atlas 2.0.2 countries-10m.json (Natural Earth 1:10m, public domain; ISC packaging).
// Build-time only tools: topojson-client, d3-geo. Deterministic: the same inputs give the same
// bytes, which test `packages/elements/test-node/map-outline.test.ts` checks by regenerating.
//
// Usage: node scripts/build-map-outline.mjs [output-file]
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {feature} from 'topojson-client';
import {geoTransverseMercator} from 'd3-geo';

const require = createRequire(import.meta.url);
const defaultOutput = fileURLToPath(new URL('../packages/elements/src/centre-map/norway-outline.ts', import.meta.url));

/** Width of the viewBox in user units; the height follows from the shape. */
const WIDTH = 1000;
/** Room around the land for markers at the edge (user units). */
const PADDING = 16;
/** Central meridian: the UTM33 look Norwegians know from Kartverket maps. */
const LON0 = 15;
/** Visvalingam: drop points whose triangle is smaller than this (square user units). */
const MIN_TRIANGLE = 25;
/** Islands (rings) smaller than this in square user units are left out. */
const MIN_RING_AREA = 100;

const atlasFile = require.resolve('world-atlas/countries-10m.json');
const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(atlasFile, 'utf8'));

const norway = topology.objects.countries.geometries.find((g) => g.id === '578');
if (!norway) throw new Error('Norway (id 578) not found in world-atlas countries-10m.json');
const geometry = feature(topology, norway).geometry;

// Mainland and coastal islands only: Bouvet Island (south of the equator) would pull the bounds
// to 54°S, and Svalbard and Jan Mayen hold no centre.
const isMainland = (polygon) => polygon[0].every(([lon, lat]) => lat > 57 && lat < 72 && lon > 4 && lon < 32);
const polygons = geometry.coordinates.filter(isMainland);
const mainland = {type: 'Feature', properties: {}, geometry: {type: 'MultiPolygon', coordinates: polygons}};

// Fit the width, then round scale and translate so that the run-time projection (which reads the
// rounded numbers from the module) places markers exactly where this script put the coast.
const fitted = geoTransverseMercator().rotate([-LON0, 0]).fitWidth(WIDTH - 2 * PADDING, mainland);
const round3 = (n) => Math.round(n * 1000) / 1000;
const k = round3(fitted.scale());
const probe = geoTransverseMercator().rotate([-LON0, 0]).scale(k).translate([0, 0]);
let minX = Infinity;
let minY = Infinity;
let maxX = -Infinity;
let maxY = -Infinity;
for (const polygon of polygons) {
  for (const ring of polygon) {
    for (const point of ring) {
      const [x, y] = probe(point);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
}
const tx = round3(PADDING - minX);
const ty = round3(PADDING - minY);
const height = Math.ceil(maxY - minY + 2 * PADDING);
const projection = geoTransverseMercator().rotate([-LON0, 0]).scale(k).translate([tx, ty]);

const ringArea = (ring) => {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
};

const triangle = (a, b, c) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;

/**
 * Visvalingam–Whyatt on a closed planar ring (last point not repeated): repeatedly removes the
 * point with the smallest effective triangle until every remaining one is at least `minArea`.
 * Simplifying after projecting avoids the ring inversions seen when simplifying in lon/lat
 * (map.md §2). A plain O(n²) loop: rings are a few thousand points and this runs at build time.
 */
function simplify(ring, minArea) {
  const points = ring.slice();
  const areas = points.map((p, i) => triangle(points[(i - 1 + points.length) % points.length], p, points[(i + 1) % points.length]));
  while (points.length > 4) {
    let smallest = 0;
    for (let i = 1; i < areas.length; i++) if (areas[i] < areas[smallest]) smallest = i;
    const removed = areas[smallest];
    if (removed >= minArea) break;
    points.splice(smallest, 1);
    areas.splice(smallest, 1);
    const n = points.length;
    const before = (smallest - 1 + n) % n;
    const after = smallest % n;
    // An effective area never falls below the one just removed, so the order of removal stays monotone.
    const floor = (i) => Math.max(triangle(points[(i - 1 + n) % n], points[i], points[(i + 1) % n]), removed);
    areas[before] = floor(before);
    areas[after] = floor(after);
  }
  return points;
}

let vertices = 0;
const rings = [];
for (const polygon of polygons) {
  for (const [index, ring] of polygon.entries()) {
    // GeoJSON rings repeat their first point at the end.
    const projected = ring.slice(0, -1).map((point) => projection(point));
    // Small islands go; a lake (hole) goes when small as well.
    if (Math.abs(ringArea(projected)) < MIN_RING_AREA) continue;
    const simple = simplify(projected, MIN_TRIANGLE).map(([x, y]) => [Math.round(x), Math.round(y)]);
    const distinct = simple.filter((p, i) => {
      const previous = simple[(i - 1 + simple.length) % simple.length];
      return p[0] !== previous[0] || p[1] !== previous[1];
    });
    if (distinct.length < 3 || (index > 0 && Math.abs(ringArea(distinct)) < MIN_RING_AREA)) continue;
    vertices += distinct.length;
    rings.push(distinct);
  }
}

// Absolute move, then relative lines: small signed integers compress well.
const number = (n, first) => (first || n < 0 ? String(n) : ` ${n}`);
let d = '';
for (const ring of rings) {
  const [[x0, y0]] = ring;
  d += `M${x0} ${y0}l`;
  let [px, py] = [x0, y0];
  for (const [i, [x, y]] of ring.slice(1).entries()) {
    d += number(x - px, i === 0) + number(y - py, false);
    [px, py] = [x, y];
  }
  d += 'z';
}

const output = process.argv[2] ?? defaultOutput;
const module = `// Generated by scripts/build-map-outline.mjs (npm run build:map). Do not edit by hand.
// Mainland Norway from world-atlas@${atlasVersion} countries-10m.json: Natural Earth 1:10m, public
// domain. Transverse Mercator centred on ${LON0}°E, simplified (Visvalingam, ${MIN_TRIANGLE} square units),
// islands under ${MIN_RING_AREA} square units left out; ${rings.length} rings, ${vertices} points.

/** The map's viewBox: \`0 0 width height\`. */
export const outlineWidth = ${WIDTH};
export const outlineHeight = ${height};

/**
 * Spherical transverse Mercator used for the outline: central meridian \`lon0\` (degrees),
 * scale \`k\` (user units per radian) and translate \`tx\`, \`ty\` (d3-geo's conventions).
 */
export const outlineProjection = {lon0: ${LON0}, k: ${k}, tx: ${tx}, ty: ${ty}} as const;

/** SVG path data of the coast and land borders, in viewBox units. */
export const outlinePath =
  '${d}';
`;
writeFileSync(output, module);
console.log(`${relative(process.cwd(), output)}: ${rings.length} rings, ${vertices} points, path ${d.length} B (${gzipSync(d, {level: 9}).length} B gzip), viewBox 0 0 ${WIDTH} ${height}`);
