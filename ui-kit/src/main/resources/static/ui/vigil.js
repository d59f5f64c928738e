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
