package eu.vigil.local;

/**
 * The page suite's focus check, run in the page: each kind of element that takes the focus (its tag, class and
 * whether it sits in the header, the navigation, the footer or the content) is focused as the keyboard focuses it,
 * and its indicator (the outline, or a box shadow drawn around it) must reach 3:1 against the background around it
 * (WCAG 2.2, 1.4.11 and 2.4.7). Colours come from getComputedStyle; the ratio is WCAG's relative luminance.
 */
final class FocusContrast {

    static final String SCRIPT = """
            const parse = colour => {
              const match = /rgba?\\(([^)]+)\\)/.exec(colour || '');
              if (!match) { return null; }
              const parts = match[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
              return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
            };
            const channel = value => {
              const v = value / 255;
              return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            };
            const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
            const ratio = (a, b) => {
              const x = luminance(a), y = luminance(b);
              return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
            };
            const backgroundAround = element => {
              for (let e = element; e; e = e.parentElement) {
                const colour = parse(getComputedStyle(e).backgroundColor);
                if (colour && colour.a > 0) { return colour; }
              }
              return {r: 255, g: 255, b: 255, a: 1};
            };
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                + ' "' + (e.textContent || e.value || '').trim().slice(0, 30) + '"';
            const problems = [];
            const kinds = new Set();
            const focusable = document.querySelectorAll('a[href], button, input:not([type=hidden]), select, '
                + 'textarea, summary, [tabindex]:not([tabindex="-1"])');
            for (const element of focusable) {
              if (element.disabled || element.getClientRects().length === 0) { continue; }
              const place = element.closest('header, nav, footer');
              const kind = [element.tagName, element.className, element.type || '', place ? place.tagName : 'main']
                  .join('|');
              if (kinds.has(kind)) { continue; }
              kinds.add(kind);
              element.focus({focusVisible: true});
              if (document.activeElement !== element) { continue; }
              const style = getComputedStyle(element);
              const indicators = [];
              if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) {
                indicators.push(parse(style.outlineColor));
              }
              (style.boxShadow.match(/rgba?\\([^)]+\\)/g) || []).forEach(colour => indicators.push(parse(colour)));
              const around = backgroundAround(element.parentElement);
              const best = Math.max(0, ...indicators.filter(c => c && c.a > 0).map(c => ratio(c, around)));
              if (best < 3) {
                problems.push(describe(element) + ': focus shown at ' + best.toFixed(2) + ':1 against its background');
              }
            }
            if (document.activeElement) { document.activeElement.blur(); }
            return problems;
            """;

    private FocusContrast() {
    }
}
