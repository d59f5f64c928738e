package eu.vigil.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat's answer to what it refuses before any servlet runs (an encoded slash or NUL in the path, a malformed
 * request line): a problem of the catalogue instead of Tomcat's HTML report.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var type = status == 400 ? ProblemType.REQUEST_REJECTED : ProblemType.forStatus(status);
        String body = """
                {"type":"%s","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(type.uri(), type.title(), status, type.detail().replace("\"", "'"));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
