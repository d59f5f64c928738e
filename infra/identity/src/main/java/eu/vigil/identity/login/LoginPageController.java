package eu.vigil.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The local identity provider's login page: a main landmark, a heading, labelled fields and the reason a login was
 * refused, where Spring Security's generated page has none of the first two. Production logs in through the
 * hospital's own provider, not this page.
 */
@RestController
class LoginPageController {

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    String login(HttpServletRequest request, CsrfToken csrf) {
        boolean refused = request.getParameter("error") != null;
        boolean loggedOut = request.getParameter("logout") != null;
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in to Vigil</title>
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
                <h1>Sign in to Vigil</h1>
                %s
                <form method="post" action="%s">
                <label for="username">User name</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input name="%s" type="hidden" value="%s">
                <button type="submit">Sign in</button>
                </form>
                </main></body></html>
                """.formatted(refused ? "<p class=\"error\" role=\"alert\">The user name or the password is wrong. "
                        + "Try again, or ask your administrator.</p>"
                        : loggedOut ? "<p role=\"status\">You are signed out.</p>" : "",
                HtmlUtils.htmlEscape(request.getContextPath() + "/login"), HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
