package eu.vigil.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;
import java.util.Map;

/**
 * Whatever ends at {@code /error} (a filter's refusal, an exception no advice handled, a status the container set)
 * answers a problem of the catalogue; a browser asking for HTML still gets the error page.
 */
public class ProblemErrorController extends BasicErrorController {

    public ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
                                  List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorProperties, errorViewResolvers);
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        var type = ProblemType.forStatus(status.value());
        if (status == HttpStatus.BAD_REQUEST && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION).getClass().getSimpleName()
                .equals("RequestRejectedException")) {
            type = ProblemType.REQUEST_REJECTED;
        }
        var problem = Problems.of(type);
        problem.setStatus(status.value());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.asMap(problem));
    }
}
