// One map benchmark page: ?lib=usht|leaflet. Timing as in performance-anchors.md §6.3: code and data
// are loaded before t0 (Leaflet's module and our kit with the map's drawing chunk, which
// UshtCentreMap.preload() fetches as a host's preload would; our SDK client's cache is warm, Leaflet
// gets its points and outline), t0 is just before the map is created, `frame` is after a forced
// layout and the next painted frame. `preload` reports how long the drawing chunk took to arrive.
// For lib=usht, window.__finder() then times keystrokes in the municipality finder.
const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const host = document.getElementById('host');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function finish(t0, tScript) {
  host.getBoundingClientRect();
  void document.body.offsetHeight;
  const tLayout = performance.now();
  await nextFrame();
  return {script: tScript - t0, layout: tLayout - t0, frame: performance.now() - t0};
}

/** Resolves once `ready()` holds, checked after every DOM change under `root`. */
function whenReady(root, ready) {
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (ready()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, {childList: true, subtree: true, attributes: true});
  });
}

async function usht() {
  // The element's own file, as a host that imports explicitly loads it (the autoloader would load
  // the same file on the first <usht-centre-map> it finds).
  const [kit] = await Promise.all([import('/cdn/usht-kit.js'), import('/cdn/usht-centre-map.js')]);
  await customElements.whenDefined('usht-centre-map');
  const client = kit.createClient();
  // What the first render reads (the municipalities load when the finder is first used).
  await client.centres();
  const tPreload = performance.now();
  await customElements.get('usht-centre-map').preload();
  const preload = performance.now() - tPreload;

  const t0 = performance.now();
  const el = document.createElement('usht-centre-map');
  el.client = client;
  host.append(el);
  await el.updateComplete;
  const root = el.shadowRoot;
  await whenReady(root, () => !root.querySelector('[data-kind="loading"]') && root.querySelectorAll('.marker').length > 0 && root.querySelectorAll('[part~="item"]').length > 0);
  const tScript = performance.now();
  const timing = await finish(t0, tScript);
  window.__result = {...timing, preload, markers: root.querySelectorAll('.marker').length, items: root.querySelectorAll('[part~="item"]').length};

  // Keystroke → updated options: the input handler runs, Lit renders the listbox, style and
  // layout are forced (what the next frame must do anyway). Names typed letter by letter.
  window.__finder = async () => {
    const input = root.querySelector('input[role="combobox"]');
    const listbox = root.querySelector('[role="listbox"]#finder-options') ?? root.querySelector('#finder-options');
    input.focus();
    // Focus starts loading the municipalities and the finder's code: time keystrokes once they
    // are there (a first keystroke before them would only show "loading").
    input.value = 'Bodø';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: 'Bodø', inputType: 'insertText'}));
    for (const until = performance.now() + 10000; performance.now() < until && !root.querySelector('[role="option"][id^="municipality-"]');) await nextFrame();
    const times = [];
    for (const word of ['Bodø', 'Kristiansund', 'Herøy', 'Kárášjohka', 'Os', 'tromso', 'Nord-Aurdal', '1820']) {
      input.value = '';
      input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, inputType: 'deleteContentBackward'}));
      await el.updateComplete;
      await nextFrame();
      for (const letter of word) {
        const t = performance.now();
        input.value += letter;
        input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: letter, inputType: 'insertText'}));
        await el.updateComplete;
        listbox.getBoundingClientRect();
        void document.body.offsetHeight;
        times.push(performance.now() - t);
        await nextFrame();
      }
    }
    return {keystrokes: times, options: root.querySelectorAll('[role="option"][id^="municipality-"]').length};
  };
}

async function leaflet() {
  const L = await import('/leaflet/leaflet-src.esm.js');
  const [centres, norway] = await Promise.all([
    fetch('/data/centres.json').then((r) => r.json()),
    fetch('/data/norway.geojson').then((r) => r.json()),
  ]);
  host.classList.add('leaflet');
  L.Icon.Default.imagePath = '/leaflet/images/';

  const t0 = performance.now();
  const map = L.map(host, {center: [65, 14], zoom: 4});
  // Tiles from this server (a blank PNG): no other origin, and they load after the first frame anyway.
  L.tileLayer('/tiles/{z}/{x}/{y}.png', {attribution: '© test tiles'}).addTo(map);
  L.geoJSON(norway, {style: {weight: 1}}).addTo(map);
  for (const c of centres) {
    L.marker([c.lat, c.lon], {title: c.name, alt: c.name, keyboard: true}).bindPopup(c.name).addTo(map);
  }
  const tScript = performance.now();
  const timing = await finish(t0, tScript);
  window.__result = {...timing, markers: host.querySelectorAll('.leaflet-marker-icon').length};
}

try {
  if (lib === 'usht') await usht();
  else if (lib === 'leaflet') await leaflet();
  else throw new Error(`unknown lib ${lib}`);
} catch (error) {
  window.__result = {error: String(error?.stack ?? error)};
}
