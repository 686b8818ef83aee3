// Loaded first by strict-csp.html, as a classic 'self' script (the only kind the policy allows), so
// it listens before the bundle runs. It records for the test in the parent page:
//  - every CSP and Trusted Types violation (securitypolicyviolation),
//  - every uncaught error and unhandled rejection,
//  - every HTML string that goes through a Trusted Types policy. Lit's `lit-html` policy passes
//    its own template strings; data text in one of them means data was parsed as markup
//    (unsafeHTML), which Trusted Types alone cannot see because Lit's policy allows any string.
(function () {
  var record = {violations: [], errors: [], parsedHtml: []};
  window.__usht = record;

  // `?no-trusted-types`: the page as a browser without Trusted Types runs it (every engine tested
  // here has them): no window.trustedTypes before the bundle runs, and the test server sends the
  // policy without its Trusted Types directives, as such a browser would ignore them.
  if (/[?&]no-trusted-types\b/.test(location.search)) {
    Object.defineProperty(window, 'trustedTypes', {value: undefined, configurable: true});
  }

  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: String(event.blockedURI || ''),
      sample: String(event.sample || ''),
      source: String(event.sourceFile || '') + ':' + event.lineNumber,
    });
  }, true);
  window.addEventListener('error', function (event) {
    record.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push('unhandled rejection: ' + String(event.reason && event.reason.stack || event.reason));
  });

  if (window.trustedTypes && typeof window.trustedTypes.createPolicy === 'function') {
    var factory = window.trustedTypes;
    var createPolicy = factory.createPolicy.bind(factory);
    factory.createPolicy = function (name, rules) {
      var wrapped = Object.assign({}, rules);
      if (rules && typeof rules.createHTML === 'function') {
        wrapped.createHTML = function (input) {
          record.parsedHtml.push({policy: name, html: String(input)});
          return rules.createHTML.apply(this, arguments);
        };
      }
      return createPolicy(name, wrapped);
    };
  }
})();
