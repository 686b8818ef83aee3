import { UshtCentreMap } from './centre-map.js';
export { UshtCentreMap };
export { UshtCentreSelectEvent } from './centre-map.events.js';
declare global {
    interface HTMLElementTagNameMap {
        'usht-centre-map': UshtCentreMap;
    }
}
//# sourceMappingURL=usht-centre-map.d.ts.map