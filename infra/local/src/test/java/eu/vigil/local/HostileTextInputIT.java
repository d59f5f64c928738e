package eu.vigil.local;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static eu.vigil.local.HostileTexts.DESCRIPTION;
import static eu.vigil.local.HostileTexts.RLO;
import static eu.vigil.local.HostileTexts.json;
import static eu.vigil.local.StackFixture.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the API takes a right-to-left override: in prose ({@link HostileTexts} stores a description with one), and in
 * no short field.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextInputIT {

    private RunningStack stack;
    private String officer;

    @BeforeAll
    void lyonsOfficerReports(RunningStack shared) throws Exception {
        stack = shared;
        officer = stack.bearer("integration-h-lyon");
    }

    @Test
    void givenABidirectionalOverrideWhenAShortFieldHoldsItThenTheReportIsRefused() {
        var report = new HashMap<String, Object>(Map.of("summary", DESCRIPTION, "category", "fraud/phishing",
                "awareAt", Instant.now().minus(Duration.ofHours(1)).toString()));
        assertThat(send("POST", stack.commandServiceUrl() + "/api/incidents", officer, json(report)).status())
                .isEqualTo(400);
        report.put("summary", "Phishing");
        report.put("threatFamily", "emotet" + RLO);
        assertThat(send("POST", stack.commandServiceUrl() + "/api/incidents", officer, json(report)).status())
                .isEqualTo(400);
    }
}
