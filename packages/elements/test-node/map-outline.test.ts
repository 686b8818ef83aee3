// The map outline is generated code: these checks make sure the committed module is exactly what
// the script makes from world-atlas today, and that the element's small run-time projection puts
// markers where d3-geo (the build-time tool) put the coast.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {geoTransverseMercator} from 'd3-geo';
import {outlineHeight, outlinePath, outlineProjection, outlineWidth} from '../src/centre-map/norway-outline.js';
import {insetFrame, placeMarkers, project} from '../src/centre-map/projection.js';
import {embeddedSource} from '../../sdk/src/sources/embedded.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = fileURLToPath(new URL('../src/centre-map/norway-outline.ts', import.meta.url));

test('the committed outline is byte for byte what scripts/build-map-outline.mjs generates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'usht-map-'));
  try {
    const fresh = join(dir, 'norway-outline.ts');
    execFileSync(process.execPath, [join(root, 'scripts/build-map-outline.mjs'), fresh], {cwd: root, stdio: 'pipe'});
    assert.ok(readFileSync(fresh).equals(readFileSync(committed)), 'norway-outline.ts differs from a fresh build: run `npm run build:map` and commit the result');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('the outline path stays inside its viewBox', () => {
  let x = 0;
  let y = 0;
  let points = 0;
  for (const [, command, args] of outlinePath.matchAll(/([MlZz])([^MlZz]*)/g)) {
    const numbers = (args ?? '').match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    assert.ok(numbers.every(Number.isInteger), 'coordinates are integers');
    for (let i = 0; i < numbers.length; i += 2) {
      if (command === 'M') [x, y] = [numbers[i]!, numbers[i + 1]!];
      else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
      points++;
      assert.ok(x >= 0 && x <= outlineWidth && y >= 0 && y <= outlineHeight, `point ${x},${y} is outside 0 0 ${outlineWidth} ${outlineHeight}`);
    }
  }
  assert.ok(points > 300, `only ${points} points: the outline is not Norway`);
});

test('the run-time projection equals d3-geo for every centre', async () => {
  const {lon0, k, tx, ty} = outlineProjection;
  const d3 = geoTransverseMercator().rotate([-lon0, 0]).scale(k).translate([tx, ty]);
  const {items} = await embeddedSource().centres();
  const places = items.flatMap((c) => (c.location ? [[c.location.lon, c.location.lat] as [number, number]] : []));
  assert.ok(places.length >= 20);
  for (const place of [...places, [4.5, 58] as [number, number], [31.1, 71.1] as [number, number]]) {
    const [x, y] = project(...place);
    const [dx, dy] = d3(place)!;
    assert.ok(Math.abs(x - dx) < 1e-6 && Math.abs(y - dy) < 1e-6, `${place}: ours ${x},${y}, d3 ${dx},${dy}`);
    if (places.includes(place)) assert.ok(x > 0 && x < outlineWidth && y > 0 && y < outlineHeight, `${place} falls outside the map`);
  }
});

test('markers keep their distance, inset markers stay in the inset, and the layout is repeatable', async () => {
  const {items} = await embeddedSource().centres();
  const points = items.flatMap((c) => (c.location ? [{id: c.id, lon: c.location.lon, lat: c.location.lat}] : []));
  for (const gap of [32, 110]) {
    const placed = placeMarkers(points, gap);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const d = Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y);
        assert.ok(d >= gap - 0.5, `gap ${gap}: ${placed[i]!.id} and ${placed[j]!.id} are ${d.toFixed(1)} apart`);
      }
    }
    const inset = placed.filter((m) => m.inset).map((m) => m.id).sort();
    assert.deepEqual(inset, ['akershus', 'buskerud', 'hedmark', 'oppland', 'oslo', 'telemark', 'vestfold']);
    for (const m of placed.filter((p) => p.inset)) {
      assert.ok(m.x >= insetFrame.x && m.x <= insetFrame.x + insetFrame.width && m.y >= insetFrame.y && m.y <= insetFrame.y + insetFrame.height, `${m.id} left the inset`);
    }
    assert.deepEqual(placeMarkers(points, gap), placed);
  }
});
