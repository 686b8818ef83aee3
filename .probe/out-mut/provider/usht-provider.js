import { UshtProvider } from './provider.js';
import { defineOnce } from '../shared/define-once.js';
defineOnce('usht-provider', UshtProvider);
export { UshtProvider };
//# sourceMappingURL=usht-provider.js.map