import {LitElement, html, css} from 'lit';
class X extends LitElement { static properties = {a: {}}; static styles = css`:host{display:block}`; constructor(){super(); this.a='';} render(){ return html`<p>${this.a}</p>`; } }
customElements.define('x-x', X);
