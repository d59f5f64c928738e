package eu.vigil.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A service that is down, slow or broken is an outage, not a bug: 503, 504 or 502 as a problem of the catalogue,
 * and one warning line naming the route, without a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceOutageIT extends GatewayFixture {

    @AfterEach
    void servicesAreBack() {
        COMMANDS.restore();
        QUERIES.restore();
        NOTIFIER.restore();
    }

    @Test
    void aServiceThatIsDownIsUnavailableWithATimeToRetry(CapturedOutput output) {
        QUERIES.stop();

        var response = send(gatewayRequest("/api/incidents/42").header("Authorization", "Bearer machine-token"));

        assertProblem(response, 503, "service-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(warnings(output, "query-service")).singleElement().asString()
                .contains("answered 503 service-unavailable", "ConnectException");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', value = {
            "fr-BE,fr;q=0.9,en;q=0.5 | Service indisponible    | réessayez sous peu",
            "de                      | Dienst nicht verfügbar  | nicht erreichbar",
            "en                      | Service unavailable     | try again shortly"})
    void aServiceThatIsDownIsUnavailableInTheCallersLanguage(String language, String title, String detail) {
        QUERIES.stop();

        var response = send(gatewayRequest("/api/incidents/42").header("Authorization", "Bearer machine-token")
                .header("Accept-Language", language));

        var problem = assertProblem(response, 503, "service-unavailable");
        assertThat(problem.path("title").asText()).isEqualTo(title);
        assertThat(problem.path("detail").asText()).contains(detail);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout(CapturedOutput output) {
        var answered = new CountDownLatch(1); // the service answers only once the gateway has given up on it
        COMMANDS.answerWith(request -> {
            awaitQuietly(answered, READ_TIMEOUT.multipliedBy(4));
            return new StubServer.Reply(201, "application/json", "{}");
        });

        var response = send(gatewayRequest("/api/incidents").header("Authorization", "Bearer machine-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        answered.countDown();
        assertProblem(response, 504, "gateway-timeout");
        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
        assertThat(warnings(output, "command-service")).singleElement().asString()
                .contains("answered 504 gateway-timeout", "SocketTimeoutException");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void aServiceThatBreaksOffWithoutAnAnswerIsABadGateway(CapturedOutput output) {
        NOTIFIER.answerWith(request -> StubServer.NO_ANSWER);

        var response = send(gatewayRequest("/api/obligations/42/not-required")
                .header("Authorization", "Bearer machine-token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 502, "bad-gateway");
        assertThat(warnings(output, "notifier")).singleElement().asString().contains("answered 502 bad-gateway");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void aBrowserOpeningAPageOfAServiceThatIsDownGetsAPageSayingToTryAgain() throws Exception {
        QUERIES.stop();
        var dpo = logIn("brugge.dpo", "DPO", "h-brugge");

        mvc.perform(dpo.on(get("/incidents")).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
           .andExpect(status().isServiceUnavailable())
           .andExpect(header().string("Retry-After", "10"))
           .andExpect(content().contentTypeCompatibleWith("text/html"))
           .andExpect(content().string(Matchers.containsString("Service not available")));
    }

    @Test
    void aFrenchBrowserOpeningAPageOfAServiceThatIsDownIsToldInFrenchToTryAgain() throws Exception {
        QUERIES.stop();
        var dpo = logIn("brugge.dpo", "DPO", "h-brugge");

        mvc.perform(dpo.on(get("/incidents")).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                   .header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5"))
           .andExpect(status().isServiceUnavailable())
           .andExpect(content().contentTypeCompatibleWith("text/html"))
           .andExpect(content().string(Matchers.allOf(Matchers.containsString("<html lang=\"fr\""),
                   Matchers.containsString("Service indisponible"),
                   Matchers.containsString("Réessayez dans une minute"),
                   Matchers.containsString("Retour à la page d’accueil"),
                   Matchers.not(Matchers.containsString("Service not available")))));
    }

    private static java.util.List<String> warnings(CapturedOutput output, String route) {
        return output.getAll().lines().filter(line -> line.contains(" WARN ")
                && line.contains("Route " + route + " answered")).toList();
    }

    private static void awaitQuietly(CountDownLatch latch, java.time.Duration atMost) {
        try {
            latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
