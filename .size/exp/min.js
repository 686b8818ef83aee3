import {LitElement, html, css} from 'lit';
import {ContextConsumer} from '@lit/context';
class X extends LitElement { static properties = {a: {}}; static styles = css`:host{display:block}`; render(){ return html`<p>${this.a}</p>`; } }
customElements.define('x-x', X);
export {ContextConsumer};
