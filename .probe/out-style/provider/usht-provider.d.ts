import { UshtProvider } from './provider.js';
declare global {
    interface HTMLElementTagNameMap {
        'usht-provider': UshtProvider;
    }
}
export { UshtProvider };
//# sourceMappingURL=usht-provider.d.ts.map