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
export declare function countyLayer(value: unknown): CountyLayer;
//# sourceMappingURL=counties.d.ts.map