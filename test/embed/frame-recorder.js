// Test-only: the test server puts this classic 'self' script first in the embed page's <head>
// (test/helpers/test-server.js), so it listens before the page's modules run. It records CSP and
// Trusted Types violations, uncaught errors, console errors and warnings, and answers the test in
// the parent by postMessage (a frame sandboxed without allow-same-origin cannot be read directly):
//   {type: 'usht-test', id, action?: {click: selector}} -> {type: 'usht-test-reply', id, ok, error?, report}
// A click runs in the shown element's shadow root, as a user's click would.
(function () {
  var record = {violations: [], errors: [], console: []};

  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push((event.effectiveDirective || event.violatedDirective) + ' blocked ' +
      String(event.blockedURI || event.sample || '') + ' at ' + String(event.sourceFile || '') + ':' + event.lineNumber);
  }, true);
  window.addEventListener('error', function (event) {
    record.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push('unhandled rejection: ' + String(event.reason && event.reason.stack || event.reason));
  });
  ['error', 'warn'].forEach(function (level) {
    var real = console[level];
    console[level] = function () {
      record.console.push(level + ': ' + Array.prototype.map.call(arguments, String).join(' '));
      return real.apply(console, arguments);
    };
  });

  function drawn(element) {
    return !!element && element.checkVisibility() && element.getClientRects().length > 0;
  }

  /** Text a sighted reader sees under a node, through shadow roots (unslotted light DOM is not drawn). */
  function visibleText(node, parts) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (drawn(node.parentElement) && node.textContent.trim()) parts.push(node.textContent);
      return parts;
    }
    if (node.shadowRoot) visibleText(node.shadowRoot, parts);
    for (var child = node.firstChild; child; child = child.nextSibling) visibleText(child, parts);
    return parts;
  }

  function shown() {
    var main = document.getElementById('embed');
    return main && main.firstElementChild && main.firstElementChild.localName.indexOf('usht-') === 0 ? main.firstElementChild : null;
  }

  function report() {
    var main = document.getElementById('embed');
    var el = shown();
    var root = el && el.shadowRoot;
    var attributes = {};
    if (el) for (var i = 0; i < el.attributes.length; i++) attributes[el.attributes[i].name] = el.attributes[i].value;
    return {
      title: document.title,
      lang: document.documentElement.lang,
      colorScheme: document.documentElement.getAttribute('data-color-scheme'),
      origin: String(self.origin),
      children: main ? Array.prototype.map.call(main.querySelectorAll('*'), function (e) { return e.localName; }) : [],
      element: el ? el.localName : null,
      attributes: attributes,
      defined: !!(el && customElements.get(el.localName)),
      settled: !!(root && !root.querySelector('[data-kind="loading"], [aria-busy="true"]') && visibleText(root, []).length > 0),
      text: main ? visibleText(main, []).join(' ').replace(/\s+/g, ' ').trim() : '',
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      requests: [location.href].concat(performance.getEntriesByType('resource').map(function (e) { return e.name; })),
      violations: record.violations.slice(),
      errors: record.errors.slice(),
      console: record.console.slice(),
    };
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    // From the test: its window (the top one) posts, the host page's window receives the reply.
    if ((event.source !== window.parent && event.source !== window.top) || !data || data.type !== 'usht-test') return;
    var reply = {type: 'usht-test-reply', id: data.id, ok: true};
    try {
      if (data.action && data.action.click) {
        var el = shown();
        var target = el && el.shadowRoot && el.shadowRoot.querySelector(data.action.click);
        if (!target) throw new Error('nothing matches ' + data.action.click);
        target.click();
      }
    } catch (error) {
      reply.ok = false;
      reply.error = String(error);
    }
    // After the click's re-render, so the report shows what the user would see next. WebKit runs
    // no animation frame in a frame scrolled out of view, so a timer stands in for it there.
    var sent = false;
    function send() {
      if (sent) return;
      sent = true;
      setTimeout(function () {
        reply.report = report();
        window.parent.postMessage(reply, '*');
      });
    }
    requestAnimationFrame(send);
    setTimeout(send, 250);
  });
})();
