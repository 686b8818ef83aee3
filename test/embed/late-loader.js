// Test-only, for late-host.html: loads the host module when the test asks (a document event), by
// dynamic import, which needs no Trusted Types script URL (setting a script's src would).
document.addEventListener('usht-test-load-resize', function () {
  import('/packages/elements/cdn/embed-resize.js');
});
