import { UshtCentreMap } from './centre-map.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('usht-centre-map', UshtCentreMap);
export { UshtCentreMap };
export { UshtCentreSelectEvent } from './centre-map.events.js';
//# sourceMappingURL=usht-centre-map.js.map