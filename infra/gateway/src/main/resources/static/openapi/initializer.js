// Starts Swagger UI on the three services' documents. A file of its own: the gateway's CSP allows no inline script.
window.addEventListener('DOMContentLoaded', function () {
    window.ui = SwaggerUIBundle({
        dom_id: '#swagger-ui',
        urls: [
            { url: '/openapi/command-service.json', name: 'command-service' },
            { url: '/openapi/query-service.json', name: 'query-service' },
            { url: '/openapi/notifier.json', name: 'notifier' }
        ],
        'urls.primaryName': 'command-service',
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: 'StandaloneLayout',
        validatorUrl: null, // the public validator's badge is an outside image, and sends it the document
        // "Try it out" goes through the logged-in session, which asks for its CSRF token on a change
        requestInterceptor: function (request) {
            var csrf = document.cookie.split('; ').filter(function (c) { return c.indexOf('XSRF-TOKEN=') === 0; })[0];
            if (csrf) {
                request.headers['X-XSRF-TOKEN'] = decodeURIComponent(csrf.substring('XSRF-TOKEN='.length));
            }
            return request;
        }
    });
});
