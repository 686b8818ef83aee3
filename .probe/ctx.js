import {LitElement, html, css} from 'lit';
import {ContextConsumer, createContext} from '@lit/context';
const c = createContext(Symbol.for('x'));
class X extends LitElement { static properties = {a: {}}; static styles = css`:host{display:block}`; constructor(){super(); this.a=''; new ContextConsumer(this, {context: c, subscribe: true, callback: (v) => { this.v = v; this.requestUpdate(); }});} render(){ return html`<p>${this.a}</p>`; } }
customElements.define('x-x', X);
