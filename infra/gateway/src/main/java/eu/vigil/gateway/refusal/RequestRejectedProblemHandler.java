package eu.vigil.gateway.refusal;

import java.io.IOException;

import eu.vigil.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What the firewall refuses (an encoded {@code /}, {@code ;} or NUL in the path, ...): audited and answered 400
 * {@code request-rejected} at once. Spring Security's own handler only sets the status, which {@code /error} could
 * not tell from any other malformed request.
 */
class RequestRejectedProblemHandler implements RequestRejectedHandler {

    private final Refusals refusals;

    RequestRejectedProblemHandler(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        refusals.audit(request, ProblemType.REQUEST_REJECTED.status(), ProblemType.REQUEST_REJECTED.code());
        refusals.problem(response, ProblemType.REQUEST_REJECTED);
    }
}
