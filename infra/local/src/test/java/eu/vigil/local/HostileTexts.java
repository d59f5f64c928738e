package eu.vigil.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static eu.vigil.local.StackFixture.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup, SQL, template syntax, emoji and (in prose) a right-to-left override, stored through the API in every text
 * field a page shows. On the shared stack the texts are Lyon's: its name, its authorities and an incident of its
 * own with the DPO's decisions on its obligations. They are stored once, by the first test class that asks.
 *
 * @param lastSequence the incident's last event, the share
 */
record HostileTexts(String incident, long lastSequence, String entry, String indicator, String earlyWarning,
                    String saNotification, String communication) {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String SQL = "' OR 1=1 --";
    static final String TEMPLATE = "{{7*7}} ${7*7} [[${7*7}]]";
    static final String RLO = "\u202E";

    // one line: the edge refuses bidirectional controls here
    static final String HOSPITAL = "Hôpital " + SCRIPT + " \uD83C\uDFE5";
    static final String SUMMARY = SCRIPT;
    static final String THREAT_FAMILY = IMG;
    static final String DEVICE_TYPE = SQL;
    static final String MANUFACTURER = TEMPLATE;
    static final String MODEL = "X9 \uD83D\uDE91\uD83D\uDD25";
    static final String INDICATOR = "invoice" + IMG + ".pdf";
    static final String NIS2_AUTHORITY = "ANSSI " + IMG;
    static final String DATA_PROTECTION_AUTHORITY = "CNIL " + TEMPLATE;
    static final String REFERENCE = SQL + " ANSSI-2026-1";
    // prose may hold right-to-left text, and so a bidirectional override
    static final String DESCRIPTION = "abc" + RLO + "def";
    static final String CLASSIFICATION_REASON = "classified " + RLO + SCRIPT;
    static final String IMPACT_REASON = "impact " + RLO + SQL + " \uD83D\uDD25";
    static final String ENTRY_TEXT = "entry " + IMG + " " + RLO + "\u0634\u0628\u0643\u0629";
    static final String INDICATOR_NOTE = "note " + TEMPLATE + " " + RLO + "xyz";
    static final String WITHDRAWAL_REASON = "withdrawn " + RLO + SQL;
    static final String PHASE_NOTE = "contained " + RLO + TEMPLATE;
    static final String SIGNIFICANCE_REASON = "significant " + RLO + IMG;
    static final String SHARE_SUMMARY = "shared " + SCRIPT + " " + RLO + "\uD83C\uDFE5";
    static final String HIGH_RISK_REASONS = "high risk " + RLO + SCRIPT;
    static final String NOT_REQUIRED_REASON = "not required " + RLO + IMG + " " + TEMPLATE;

    static final List<String> STORED = List.of(HOSPITAL, SUMMARY, THREAT_FAMILY, DEVICE_TYPE, MANUFACTURER,
            MODEL, INDICATOR, NIS2_AUTHORITY, DATA_PROTECTION_AUTHORITY, REFERENCE, DESCRIPTION, CLASSIFICATION_REASON,
            IMPACT_REASON, ENTRY_TEXT, INDICATOR_NOTE, WITHDRAWAL_REASON, PHASE_NOTE, SIGNIFICANCE_REASON,
            SHARE_SUMMARY, HIGH_RISK_REASONS, NOT_REQUIRED_REASON);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningStack storedOn;
    private static HostileTexts stored;

    /** The texts on this stack, stored on the first call. */
    static synchronized HostileTexts storedOn(RunningStack stack) throws Exception {
        if (storedOn != stack) {
            stored = store(stack);
            storedOn = stack;
        }
        return stored;
    }

    private static HostileTexts store(RunningStack stack) throws Exception {
        String officer = stack.bearer("integration-h-lyon");
        String admin = stack.bearer("integration-admin");
        ok("PUT", stack.commandServiceUrl() + "/api/hospitals/h-lyon", admin, Map.of("name", HOSPITAL,
                "country", "FR", "timeZone", "Europe/Paris", "language", "fr"));
        ok("PUT", stack.notifierUrl() + "/api/notification-profiles/h-lyon", admin, Map.of("country", "FR",
                "timeZone", "Europe/Paris", "nis2Authority", NIS2_AUTHORITY,
                "dataProtectionAuthority", DATA_PROTECTION_AUTHORITY, "dpoEmail", "dpo@lyon.hospital.example",
                "securityOfficerEmail", "security@lyon.hospital.example",
                "fourEyesApproval", true)); // as the demo's Lyon asks, which DraftJourneyIT relies on

        String incidents = stack.commandServiceUrl() + "/api/incidents";
        String incident = ok("POST", incidents, officer, Map.of("summary", SUMMARY, "description", DESCRIPTION,
                "awareAt", Instant.now().minus(Duration.ofHours(2)).toString(),
                "category", "malicious-code/infected-system", "personalDataInvolved", "yes"))
                .get("incidentId").asText();
        String url = incidents + "/" + incident;
        ok("PUT", url + "/classification", officer, Map.of("category", "malicious-code/infected-system",
                "threatFamily", THREAT_FAMILY, "severity", "high", "reason", CLASSIFICATION_REASON));
        ok("PUT", url + "/impact", officer, Map.of("patientCareImpact", "degraded", "medicalDevices", List.of(Map.of(
                "type", DEVICE_TYPE, "manufacturer", MANUFACTURER, "model", MODEL, "count", 2,
                "networkConnected", true)), "reason", IMPACT_REASON));
        String entry = ok("POST", url + "/timeline", officer, Map.of("kind", "action", "text", ENTRY_TEXT,
                "happenedAt", Instant.now().minus(Duration.ofHours(1)).toString())).get("id").asText();
        String indicator = ok("POST", url + "/indicators", officer, Map.of("type", "file-name", "value", INDICATOR,
                "tlp", "amber", "note", INDICATOR_NOTE)).get("id").asText();
        String withdrawn = ok("POST", url + "/indicators", officer, Map.of("type", "domain",
                "value", "update-check.example", "tlp", "amber")).get("id").asText();
        ok("POST", url + "/indicators/" + withdrawn + "/withdrawal", officer, Map.of("reason", WITHDRAWAL_REASON));
        ok("POST", url + "/phase-changes", officer, Map.of("phase", "containment", "note", PHASE_NOTE));
        ok("PUT", url + "/significance", officer, Map.of("significance", "yes", "reason", SIGNIFICANCE_REASON));
        long lastSequence = ok("PUT", url + "/share", officer, Map.of("tlp", "amber", "pseudonymised", false,
                "summary", SHARE_SUMMARY, "indicatorIds", List.of(indicator))).get("sequence").asLong();

        // the DPO's decisions
        String dpo = stack.bearer("dpo-integration-h-lyon");
        String obligations = stack.notifierUrl() + "/api/obligations";
        Map<String, String> byRule = Awaitility.await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> rules(send("GET", obligations + "?incidentId=" + incident, dpo, null).body()),
                        rules -> rules.containsKey("NIS2_EARLY_WARNING") && rules.containsKey("GDPR_SA_NOTIFICATION"));
        String earlyWarning = byRule.get("NIS2_EARLY_WARNING");
        String saNotification = byRule.get("GDPR_SA_NOTIFICATION");
        ok("POST", obligations + "/" + earlyWarning + "/submission", dpo,
                Map.of("submittedAt", Instant.now().minus(Duration.ofMinutes(5)).toString(), "reference", REFERENCE));
        ok("POST", obligations + "/" + saNotification + "/not-required", dpo, Map.of("reason", NOT_REQUIRED_REASON));
        String communication = rules(ok("POST", obligations + "/data-subject-communications", dpo,
                Map.of("incidentId", incident, "reasons", HIGH_RISK_REASONS))).get("GDPR_DATA_SUBJECT_COMMUNICATION");
        assertThat(communication).as("the high-risk decision opens the communication to the data subjects")
                .isNotNull();
        return new HostileTexts(incident, lastSequence, entry, indicator, earlyWarning, saNotification,
                communication);
    }

    private static JsonNode ok(String method, String url, String bearer, Map<String, ?> body) {
        var response = send(method, url, bearer, json(body));
        assertThat(response.status()).as(method + " " + url + " answered " + response.body()).isIn(200, 201);
        return response.body();
    }

    private static Map<String, String> rules(JsonNode obligations) {
        var byRule = new HashMap<String, String>();
        obligations.forEach(obligation -> byRule.put(obligation.get("ruleId").asText(),
                obligation.get("obligationId").asText()));
        return byRule;
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
