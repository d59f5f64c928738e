package eu.vigil.identity.audit;

import eu.vigil.identity.directory.Directory;
import eu.vigil.identity.directory.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Logs every form login, successful or not, on {@code eu.vigil.audit}; never the password. */
@Component
class LoginAudit {

    private static final Logger audit = LoggerFactory.getLogger("eu.vigil.audit");

    private final Directory directory;

    LoginAudit(Directory directory) {
        this.directory = directory;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            String hospital = directory.user(login.getName()).map(Member::hospital).orElse(null);
            audit.info("AUDIT login-succeeded user={} hospital={}", safe(login.getName()),
                    hospital == null ? "-" : hospital);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            audit.info("AUDIT login-failed user={}", safe(attempt.getName()));
        }
    }

    // the attempted user name is typed by anyone: keep it on one line and short
    private static String safe(String username) {
        String oneLine = String.valueOf(username).replaceAll("[^\\p{Alnum}._@-]", "_");
        return oneLine.length() > 64 ? oneLine.substring(0, 64) + "..." : oneLine;
    }
}
