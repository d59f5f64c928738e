package eu.vigil.notifier.draft;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.notifier.NotifierMessages;
import eu.vigil.notifier.hospital.HospitalProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static eu.vigil.testsupport.IncidentEvents.reported;
import static org.assertj.core.api.Assertions.assertThat;

/** What the incident says for a report's fields, as the demo's Brugge ransomware tells it. */
class PrefillTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final HospitalProfile PROFILE = new HospitalProfile(HospitalId.of("h-brugge"), "BE", BRUSSELS,
            "CCB", "APD/GBA", "dpo@brugge.example", "security@brugge.example");

    private final Prefill prefill = new Prefill(NotifierMessages.bundles());

    @Test
    void givenDevicesOfUnknownMakeAndNoCrossBorderAnswerWhenPrefilledThenTheyReadWithoutGaps() {
        var incident = IncidentId.generate();
        var state = IncidentState.of(List.of(reported(incident, "h-brugge", Instant.parse("2026-03-29T00:45:00Z"))
                .payload(), new ImpactAssessed(incident, List.of(ClinicalService.IMAGING),
                PatientCareImpact.DIVERTED_PATIENTS, List.of(new MedicalDevice("CT scanner", null, null, 2, true)),
                YesNoUnknown.UNKNOWN, List.of(), null)));

        var fields = prefill.of(ReportKind.NIS2_FINAL_REPORT, state, List.of(), PROFILE, BRUSSELS, Locale.ENGLISH);

        assertThat(fields.get(DraftField.MEDICAL_DEVICES)).isEqualTo("2 × CT scanner, connected to the network");
        assertThat(fields.get(DraftField.PATIENT_CARE_IMPACT)).isEqualTo("Patients diverted");
        assertThat(fields).doesNotContainKey(DraftField.CROSS_BORDER_IMPACT); // unknown: the DPO must say
        assertThat(fields.get(DraftField.CONTACT_POINT)).isEqualTo("security@brugge.example");
    }

    @Test
    void givenAwarenessJustBeforeTheClocksGoForwardWhenPrefilledThenTheTimeReadsLocalAndUtc() {
        var state = IncidentState.of(List.of(reported(IncidentId.generate(), "h-brugge",
                Instant.parse("2026-03-29T00:45:00Z")).payload()));

        var fields = prefill.of(ReportKind.NIS2_EARLY_WARNING, state, List.of(), PROFILE, BRUSSELS, Locale.FRENCH);

        // 01:45 CET in Brussels, 15 minutes before summer time starts
        assertThat(fields.get(DraftField.AWARE_AT)).contains("01:45").contains("(Europe/Brussels)")
                .endsWith("2026-03-29 00:45 UTC");
    }
}
