/**
 * Longitude/latitude (degrees) to the outline's viewBox units: the spherical transverse Mercator
 * of d3-geo's `geoTransverseMercator().rotate([-lon0, 0])`, with the scale and translate the build
 * script used for the coast (map-outline.test.ts checks both against d3). A few lines instead of
 * d3-geo, which would add about 8 KB gzip to the page (map.md §4).
 */
export declare function project(lon: number, lat: number): [number, number];
/** A rectangle in viewBox units. */
export interface Box {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}
/**
 * The crowded Oslofjord area (Oslo, Akershus, Buskerud, Vestfold, Telemark and the two Innlandet
 * centres lie within 150 km), drawn again, enlarged, in the empty space east of southern Norway.
 */
export declare const insetRegion: Box;
/** Where the enlarged Oslofjord area is drawn. */
export declare const insetFrame: Box;
/** A marker: where it points (`ax`, `ay`) and where it is drawn (`x`, `y`), in viewBox units. */
export interface PlacedMarker {
    readonly id: string;
    readonly ax: number;
    readonly ay: number;
    x: number;
    y: number;
    readonly inset: boolean;
}
/**
 * Places the markers so that no two are closer than `gap` viewBox units (the 24 CSS px target of
 * WCAG 2.5.8 plus room, converted at the map's rendered size). Markers in the Oslofjord area go to
 * the inset. Crowded markers are pushed apart a little at a time; the caller draws a leader line
 * from the true place to the marker. Deterministic: the same input always gives the same layout.
 */
export declare function placeMarkers(points: readonly {
    id: string;
    lon: number;
    lat: number;
}[], gap: number): PlacedMarker[];
//# sourceMappingURL=projection.d.ts.map