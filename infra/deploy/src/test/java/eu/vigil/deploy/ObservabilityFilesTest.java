package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The alert rules and the dashboard (issue 18) name only meters the code registers, and cover what the issue asks. */
class ObservabilityFilesTest {

    private static final Path OBSERVABILITY = Repository.DEPLOY.resolve("observability");
    private static final Pattern LABELS = Pattern.compile("\\{[^}]*}|\\[[^]]*]|\"[^\"]*\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)");
    private static final Pattern METRIC = Pattern.compile("\\b[a-z][a-z0-9]*_[a-z0-9_]+\\b(?!\\s*\\()");

    @ParameterizedTest
    @EnumSource(VigilService.class)
    void givenADeployedService_whenItsConfigurationIsRead_thenItExposesWhatPrometheusScrapes(VigilService service) {
        // the rules' header: Prometheus scrapes /actuator/prometheus of the three services and the gateway
        assertThat(service.config().properties().get("management.endpoints.web.exposure.include"))
                .as(service.serviceName()).contains("prometheus");
        assertThat(service.module().resolve("pom.xml")).content().contains("micrometer-registry-prometheus");
    }

    @Test
    void givenTheAlertRules_whenTheirExpressionsAreRead_thenEveryMetricIsOneTheCodeRegisters() {
        var expressions = alertRules().stream().map(rule -> rule.get("expr").asText()).toList();

        assertThat(metricsIn(expressions)).isNotEmpty().isSubsetOf(RegisteredMetrics.prometheusNames());
    }

    @Test
    void givenTheAlertRules_whenRead_thenTheIssuesThreeAlertsAreThereEachWithASeverityAndASummary() {
        var rules = alertRules();

        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.path("alert").asText()).matches("[A-Z][A-Za-z]+");
            assertThat(rule.path("labels").path("severity").asText()).isIn("warning", "critical");
            assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
        });
        assertThat(metricsIn(rules.stream().map(rule -> rule.get("expr").asText()).toList()))
                .contains("vigil_obligations_due_within_1h_unapproved", "vigil_consumer_dead_letters",
                        "vigil_publication_dead_letters", "vigil_projection_lag_seconds_max");
    }

    @Test
    void givenTheDashboard_whenItsQueriesAreRead_thenEveryMetricIsOneTheCodeRegisters() {
        var expressions = dashboardExpressions();

        assertThat(metricsIn(expressions)).isNotEmpty().isSubsetOf(RegisteredMetrics.prometheusNames());
    }

    @Test
    void givenTheDashboard_whenRead_thenItShowsTheIssuesMetricsInPanelsOfDistinctIds() {
        JsonNode dashboard = Yamls.json(OBSERVABILITY.resolve("grafana-dashboard.json"));
        var ids = new HashSet<Integer>();

        dashboard.get("panels").forEach(panel -> assertThat(ids.add(panel.get("id").asInt())).isTrue());
        assertThat(metricsIn(dashboardExpressions())).contains("vigil_obligations_due_within_24h",
                "vigil_reminders_sent_total", "vigil_projection_lag_seconds_max",
                "kafka_consumer_fetch_manager_records_lag_max", "http_server_requests_seconds_count");
    }

    @Test
    void givenAnExpressionWithAMisspeltMetric_whenChecked_thenTheMisspeltNameIsOutsideTheRegisteredOnes() {
        var metrics = metricsIn(List.of("sum by (job) (rate(vigil_reminders_send_total{kind=\"reminder\"}[5m])) > 0"));

        assertThat(metrics).containsExactly("vigil_reminders_send_total");
        assertThat(RegisteredMetrics.prometheusNames()).doesNotContain("vigil_reminders_send_total")
                .contains("vigil_reminders_sent_total");
    }

    private static List<JsonNode> alertRules() {
        JsonNode file = Yamls.document(OBSERVABILITY.resolve("prometheus-alerts.yaml"));
        var rules = new ArrayList<JsonNode>();
        file.get("groups").forEach(group -> group.get("rules").forEach(rules::add));
        return rules;
    }

    private static List<String> dashboardExpressions() {
        JsonNode dashboard = Yamls.json(OBSERVABILITY.resolve("grafana-dashboard.json"));
        return StreamSupport.stream(dashboard.get("panels").spliterator(), false)
                .flatMap(panel -> StreamSupport.stream(panel.get("targets").spliterator(), false))
                .map(target -> target.get("expr").asText()).toList();
    }

    /** The metric names of PromQL expressions: label matchers, ranges, strings and grouping clauses left out. */
    private static Set<String> metricsIn(List<String> expressions) {
        var metrics = new TreeSet<String>();
        for (String expression : expressions) {
            String bare = GROUPING.matcher(LABELS.matcher(expression).replaceAll(" ")).replaceAll(" ");
            METRIC.matcher(bare).results().forEach(metric -> metrics.add(metric.group()));
        }
        return metrics;
    }
}
