import { outlineHeight, outlineProjection, outlineWidth } from './norway-outline.js';
const { lon0, k, tx, ty } = outlineProjection;
const radians = Math.PI / 180;
/**
 * Longitude/latitude (degrees) to the outline's viewBox units: the spherical transverse Mercator
 * of d3-geo's `geoTransverseMercator().rotate([-lon0, 0])`, with the scale and translate the build
 * script used for the coast (map-outline.test.ts checks both against d3). A few lines instead of
 * d3-geo, which would add about 8 KB gzip to the page (map.md §4).
 */
export function project(lon, lat) {
    const lambda = (lon - lon0) * radians;
    const phi = lat * radians;
    const cosPhi = Math.cos(phi);
    return [tx + k * Math.atanh(cosPhi * Math.sin(lambda)), ty - k * Math.atan2(Math.sin(phi), cosPhi * Math.cos(lambda))];
}
const [regionLeft, regionTop] = project(9.2, 61.05);
const [regionRight, regionBottom] = project(11.75, 58.85);
/**
 * The crowded Oslofjord area (Oslo, Akershus, Buskerud, Vestfold, Telemark and the two Innlandet
 * centres lie within 150 km), drawn again, enlarged, in the empty space east of southern Norway.
 */
export const insetRegion = { x: regionLeft, y: regionTop, width: regionRight - regionLeft, height: regionBottom - regionTop };
const insetMargin = 16;
const insetHeight = outlineHeight * 0.5;
const insetScale = insetHeight / insetRegion.height;
const insetWidth = insetRegion.width * insetScale;
/** Where the enlarged Oslofjord area is drawn. */
export const insetFrame = {
    x: outlineWidth - insetMargin - insetWidth,
    y: outlineHeight - insetMargin - insetHeight,
    width: insetWidth,
    height: insetHeight,
};
const inBox = (box, x, y) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
/**
 * Places the markers so that no two are closer than `gap` viewBox units (the 24 CSS px target of
 * WCAG 2.5.8 plus room, converted at the map's rendered size). Markers in the Oslofjord area go to
 * the inset. Crowded markers are pushed apart a little at a time; the caller draws a leader line
 * from the true place to the marker. Deterministic: the same input always gives the same layout.
 */
export function placeMarkers(points, gap) {
    const markers = points.map(({ id, lon, lat }) => {
        let [x, y] = project(lon, lat);
        const inset = inBox(insetRegion, x, y);
        if (inset) {
            x = insetFrame.x + (x - insetRegion.x) * insetScale;
            y = insetFrame.y + (y - insetRegion.y) * insetScale;
        }
        return { id, ax: x, ay: y, x, y, inset };
    });
    const half = gap / 2;
    const clamp = (value, low, high) => Math.min(Math.max(value, low), high);
    for (let round = 0; round < 200; round++) {
        let moved = false;
        for (let i = 0; i < markers.length; i++) {
            for (let j = i + 1; j < markers.length; j++) {
                const a = markers[i];
                const b = markers[j];
                let dx = b.x - a.x;
                let dy = b.y - a.y;
                let distance = Math.hypot(dx, dy);
                if (distance >= gap)
                    continue;
                if (distance < 1e-6)
                    [dx, dy, distance] = [0, 1, 1];
                const push = (gap - distance) / 2 + 0.01;
                a.x -= (dx / distance) * push;
                a.y -= (dy / distance) * push;
                b.x += (dx / distance) * push;
                b.y += (dy / distance) * push;
                moved = true;
            }
        }
        for (const m of markers) {
            const box = m.inset ? insetFrame : { x: 0, y: 0, width: outlineWidth, height: outlineHeight };
            m.x = clamp(m.x, box.x + half, box.x + box.width - half);
            m.y = clamp(m.y, box.y + half, box.y + box.height - half);
        }
        if (!moved)
            break;
    }
    return markers;
}
//# sourceMappingURL=projection.js.map