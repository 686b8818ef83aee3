// <usht-activity-editor> (the built CDN file, as publish.html loads it) with 1,000 sample
// activities, under the strict CSP: a keystroke in the open form, timed from the input event until
// the element has shown the new validation (the title's message comes and goes) and the browser
// has laid it out: the work one frame must hold. Waiting for the next vsync is left out (it would
// add up to a frame whatever the work); the time to that frame is recorded beside it.
// Then the cost of keeping 1,000 activities in the browser (the write after typing pauses), as
// context: it runs after the keystroke, never on it.
const n = Number(new URLSearchParams(location.search).get('n') ?? 1000);
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
try {
  await import('/cdn/usht-activity-editor.js');
  const {sampleActivities} = await import('/out/activity-calendar/sample-activities.js');
  const activities = sampleActivities(n, {seed: 7, start: '2026-08-31', days: 300}).map((a) => ({...a, centreId: 'buskerud', centreIds: undefined}));
  const el = document.createElement('usht-activity-editor');
  el.setAttribute('centre', 'buskerud');
  el.setAttribute('storage', 'ask');
  el.feed = {format: 'usht-feed', version: 1, sources: [{id: 'usht-kit-sample', title: 'Eksempeldata'}], activities};
  document.body.append(el);
  const root = () => el.shadowRoot;
  while (!root()?.querySelector('button.add')) await frame();
  if (root().querySelectorAll('.activity').length === 0) throw new Error('the activities did not load');
  root().querySelector('#remember').click();
  root().querySelector('button.add').click();
  await el.updateComplete;
  const title = root().querySelector('#title');
  title.focus();
  title.dispatchEvent(new FocusEvent('blur'));
  await el.updateComplete;

  const toFrame = [];
  /** One keystroke: the field's new text, the element's update, and style and layout of the result. */
  const keystroke = async (text) => {
    const t = performance.now();
    title.value = text;
    title.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: text.slice(-1), inputType: 'insertText'}));
    await el.updateComplete;
    const message = root().querySelector('#title-error');
    void root().querySelector('.form').getBoundingClientRect(); // style and layout, as the frame would
    const ms = performance.now() - t;
    await frame();
    toFrame.push(performance.now() - t);
    if (!!message !== (text === '')) throw new Error(`after "${text}" the title message was ${message ? 'shown' : 'not shown'}`);
    return ms;
  };
  const word = 'Eksempel: nettverkssamling';
  let i = 0;
  const next = () => {
    i += 1;
    // Every 5th keystroke empties the field, so the message comes and goes and the whole check runs.
    return i % 5 === 0 ? '' : word.slice(0, (i % word.length) + 1);
  };
  for (let w = 0; w < 10; w++) await keystroke(next());
  const keystrokes = [];
  for (let k = 0; k < 60; k++) keystrokes.push(await keystroke(next()));
  // The write after a pause: what keeping 1,000 activities costs (pagehide writes at once).
  const s = performance.now();
  window.dispatchEvent(new Event('pagehide'));
  const store = performance.now() - s;
  if (!localStorage.getItem('usht-kit:activity-editor:v1:buskerud')) throw new Error('the drafts were not kept');
  localStorage.clear();
  window.__result = {keystrokes, toFrame: toFrame.slice(10), store, violations: window.__violations};
} catch (error) {
  window.__result = {error: String(error?.stack ?? error)};
}
