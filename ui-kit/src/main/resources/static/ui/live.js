// Pages that follow the read model live. A page whose <main> names a stream (data-live-source) opens it with
// EventSource; each "changed" event makes the page fetch itself again and swap the parts marked data-live-region
// (by id) for their new version, without a reload. The status line (data-live-status) says when the stream is
// lost; EventSource reconnects on its own, and the page catches up when it does.
(function () {
    var main = document.querySelector('main[data-live-source]');
    if (!main || !window.EventSource || !window.fetch || !window.DOMParser) {
        return;
    }
    var status = document.querySelector('[data-live-status]');
    var pending = null;
    var lost = false;

    function say(key) {
        if (!status) {
            return;
        }
        var text = key ? status.getAttribute('data-' + key) : '';
        status.textContent = text || '';
        status.hidden = !text;
        status.setAttribute('data-state', key || 'live'); // what a browser test waits for
    }

    function refresh() {
        pending = null;
        fetch(window.location.href, { credentials: 'same-origin', redirect: 'error', headers: { 'Accept': 'text/html' } })
            .then(function (response) {
                return response.ok ? response.text() : Promise.reject(response.status);
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html');
                var focused = document.activeElement && document.activeElement.id;
                document.querySelectorAll('[data-live-region]').forEach(function (region) {
                    var next = region.id && fresh.getElementById(region.id);
                    if (next) {
                        region.replaceWith(document.importNode(next, true));
                    }
                });
                if (focused && document.getElementById(focused)) {
                    document.getElementById(focused).focus(); // keep the reader's place
                }
                main.setAttribute('data-refreshed', String(Date.now()));
                say('updated');
            }, function () {
                say('lost');
            });
    }

    var source = new EventSource(main.getAttribute('data-live-source'));
    source.addEventListener('open', function () {
        if (lost) {
            lost = false;
            refresh(); // changes may have been missed while the stream was down
        }
        say(null);
    });
    source.addEventListener('changed', function () {
        // several changes arrive together (the incident and its read models): one fetch for all of them
        if (!pending) {
            pending = window.setTimeout(refresh, 250);
        }
    });
    source.onerror = function () {
        lost = true;
        say('lost');
    };
})();
