// Tells the server the viewer's time zone, so pages show times as the viewer's clock reads them.
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) {
        return;
    }
    var current = document.cookie.split('; ').find(function (c) { return c.indexOf('vigil_tz=') === 0; });
    if (current !== 'vigil_tz=' + encodeURIComponent(zone)) {
        document.cookie = 'vigil_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    }
})();

// Issue 14: the layout's slot for the missing-profile warning, filled from the notifier through the gateway. Nothing
// is shown on 204 or on any failure: an empty slot claims nothing either way. The page's language goes with the
// request, so the warning speaks the language the page was rendered in.
(function () {
    var slot = document.querySelector('[data-profile-warning]');
    if (!slot || !window.fetch) {
        return;
    }
    slot.setAttribute('data-state', 'loading'); // 'done' once answered or failed: what a browser test waits for
    fetch(slot.getAttribute('data-profile-warning'), {
        credentials: 'same-origin',
        redirect: 'error', // an expired session's redirect to the login page is no warning
        headers: { 'Accept': 'text/html', 'Accept-Language': document.documentElement.lang || navigator.language }
    }).then(function (response) {
        var html = response.status === 200
            && (response.headers.get('Content-Type') || '').indexOf('text/html') === 0;
        return html ? response.text() : '';
    }).then(function (fragment) {
        if (fragment) {
            slot.innerHTML = fragment;
        }
    }, function () {
        // offline, notifier down or session gone: the slot stays empty
    }).then(function () {
        slot.setAttribute('data-state', 'done');
    });
})();
