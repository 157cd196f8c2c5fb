// The interactive API page: Swagger UI on /api/openapi.yaml, from the portal's own jar (no script from elsewhere,
// no inline script, no call to the online validator). "Try it out" answers for the browser's own session: sign in
// to the portal in the same browser first. A POST carries the session's CSRF token, asked from GET /api/v1/csrf,
// because the token's cookie cannot be read by scripts.
(function () {
  'use strict';
  var csrf = null;

  function token() {
    if (csrf) {
      return Promise.resolve(csrf);
    }
    return fetch('/api/v1/csrf', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { csrf = answer; return answer; })
      .catch(function () { return null; });
  }

  window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
      url: '/api/openapi.yaml',
      dom_id: '#swagger-ui',
      deepLinking: true,
      validatorUrl: 'none',
      presets: [SwaggerUIBundle.presets.apis],
      layout: 'BaseLayout',
      requestInterceptor: function (request) {
        if (!request.method || request.method.toUpperCase() === 'GET') {
          return request;
        }
        return token().then(function (answer) {
          if (answer) {
            request.headers[answer.headerName] = answer.token;
          }
          return request;
        });
      }
    });
  });
}());
