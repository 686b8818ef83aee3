import {UshtElement} from './packages/elements/out/shared/usht-element.js';
import {DataController} from './packages/elements/out/shared/data-controller.js';
import {renderError, renderLoading} from './packages/elements/out/shared/states.js';
import {stateStyles, tokens} from './packages/elements/out/shared/tokens.styles.js';
import {html} from 'lit';
class X extends UshtElement { static styles = [tokens, stateStyles]; d = new DataController(this, (c) => c.centres()); render() { return this.d.status === 'loading' ? renderLoading(this.i18n) : renderError(this.i18n, () => {}); } }
customElements.define('x-x', X);
