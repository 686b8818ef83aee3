// Validating 10,000 activities with the SDK in Chromium, on a page served with the strict CSP of
// budgets.md (no 'unsafe-eval': zod cannot compile validators, as on a strict host page). One cold
// pass (the first in this fresh context), 5 warm-up passes, then 20 timed passes (steady).
// /build/sdk.js is the SDK's browser entry bundled by bench/sdk.mjs; the activities come from the
// calendar's deterministic sample generator (sample: true on each).
const n = Number(new URLSearchParams(location.search).get('n') ?? 10_000);
try {
  // Imported here, not statically, so a missing or broken build is reported instead of hanging.
  const {activitySchema, parseCollection} = await import('/build/sdk.js');
  const {sampleActivities} = await import('/out/activity-calendar/sample-activities.js');
  // As if just parsed from a response: plain JSON objects, not the generator's own.
  const items = JSON.parse(JSON.stringify(sampleActivities(n, {seed: 42, start: '2026-08-31', days: 42})));
  const pass = () => {
    const t = performance.now();
    const {items: valid, rejected} = parseCollection(activitySchema, items, {where: 'bench', collection: 'activities'});
    const ms = performance.now() - t;
    if (valid.length !== n || rejected.length !== 0) throw new Error(`expected ${n} valid records, got ${valid.length} (${rejected.length} rejected)`);
    return ms;
  };
  const cold = pass();
  for (let i = 0; i < 5; i++) pass();
  const steady = Array.from({length: 20}, pass);
  window.__result = {cold, steady, violations: window.__violations};
} catch (error) {
  window.__result = {error: String(error?.stack ?? error)};
}
