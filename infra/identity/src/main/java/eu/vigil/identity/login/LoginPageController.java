package eu.vigil.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The local identity provider's login page: a main landmark, a heading, labelled fields and the reason a login was
 * refused, where Spring Security's generated page has none of the first two; in the browser's language when it is
 * one of Vigil's seven (login-messages*.properties), else in English. Production logs in through the hospital's own
 * provider, not this page.
 */
@RestController
class LoginPageController {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"),
            Locale.GERMAN, Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("pt"));

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request, CsrfToken csrf) {
        boolean refused = request.getParameter("error") != null;
        boolean loggedOut = request.getParameter("logout") != null;
        Locale language = language(request.getHeader("Accept-Language"));
        // no fallback to the JVM's own locale: a language Vigil does not speak gets the English base bundle
        ResourceBundle texts = ResourceBundle.getBundle("login-messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; }
                main { max-width: 26rem; margin: 3rem auto; padding: 0 1rem; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { display: block; width: 100%%; box-sizing: border-box; padding: .5rem; font: inherit; }
                button { margin-top: 1.5rem; padding: .5rem 1.25rem; font: inherit; color: #fff; background: #0a4f96;
                         border: 0; border-radius: 4px; }
                :focus-visible { outline: 3px solid #1b1f24; outline-offset: 2px; }
                .error { color: #a4161a; font-weight: 600; }
                </style></head>
                <body><main id="main">
                <h1>%s</h1>
                %s
                <form method="post" action="%s">
                <label for="username">%s</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input name="%s" type="hidden" value="%s">
                <button type="submit">%s</button>
                </form>
                </main></body></html>
                """.formatted(language.getLanguage(), text(texts, "login.title"), text(texts, "login.title"),
                refused ? "<p class=\"error\" role=\"alert\">" + text(texts, "login.refused") + "</p>"
                        : loggedOut ? "<p role=\"status\">" + text(texts, "login.signedOut") + "</p>" : "",
                HtmlUtils.htmlEscape(request.getContextPath() + "/login"), text(texts, "login.username"),
                text(texts, "login.password"), HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()), text(texts, "login.submit"));
    }

    private static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    private static String text(ResourceBundle texts, String key) {
        return HtmlUtils.htmlEscape(texts.getString(key));
    }
}
