package eu.vigil.gateway.web;

import eu.vigil.web.Pages;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A browser's page navigation that Spring MVC refuses (no such page, a method the page lacks) goes to
 * {@code /error}, which answers it the error page ({@code templates/error/404.html}); web-kit's advice, next in
 * line, answers everyone else a problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (!(e instanceof ErrorResponse refusal) || !refusal.getStatusCode().is4xxClientError()
                || !Pages.isNavigation(request)) {
            return null;
        }
        try {
            response.sendError(refusal.getStatusCode().value());
        } catch (IOException | IllegalStateException gone) {
            return null;
        }
        return new ModelAndView();
    }
}
