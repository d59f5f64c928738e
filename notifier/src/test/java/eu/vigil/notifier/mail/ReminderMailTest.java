package eu.vigil.notifier.mail;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ObligationStatus;
import eu.vigil.testsupport.BundleChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminder and escalation texts from the notifier's bundles, in the hospital's language (no Spring context). */
class ReminderMailTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    // Sunday 29 March 2026 11:00 in Brussels and Paris, the morning the clocks went forward
    private static final Instant DUE = Instant.parse("2026-03-29T09:00:00Z");
    private static final URI BOARD = URI.create("http://localhost:8080/deadlines");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ReminderMailTest() {
        messages.setBasename("messages"); // as Spring Boot reads them
        messages.setDefaultEncoding("UTF-8");
    }

    @Test
    void aBelgianHospitalIsRemindedInEnglishWithTheValuesLinedUp() {
        // given a hospital in Belgium, a country of three languages: its profile names none
        var texts = texts(profile("BE"));

        // when
        var mail = ReminderMail.reminder(earlyWarning("h-brugge", "BE", "CCB (CERT.be)"), Duration.ofHours(4), BOARD,
                texts);

        // then
        assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.subject()).isEqualTo("[Vigil] Early warning due in 4 h (CCB (CERT.be))");
        assertThat(mail.text()).isEqualTo("""
                Early warning to CCB (CERT.be) is due in 4 h.

                Due:          Sun 29 Mar 2026 11:00 CEST (09:00 UTC)
                Legal basis:  NIS2 Art. 23(4)(a) (BE rules)
                Incident:     0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f
                Hospital:     h-brugge

                Open the deadline board to record the submission or a reasoned decision not to notify:
                http://localhost:8080/deadlines
                """);
    }

    @Test
    void aFrenchHospitalIsWarnedOfAMissedDeadlineInFrench() {
        // given
        var texts = texts(profile("FR"));

        // when
        var mail = ReminderMail.missed(earlyWarning("h-lyon", "EU", "ANSSI (CERT-FR)"), BOARD, texts);

        // then
        assertThat(mail.language()).isEqualTo(Locale.FRENCH);
        assertThat(mail.subject()).startsWith("[Vigil] EN RETARD : Early warning (destinataire : ANSSI (CERT-FR))")
                .contains("29 mars 2026 11:00");
        assertThat(mail.text()).contains("n’a pas été transmis avant l’échéance", "(RGPD, art. 33, par. 1)",
                "Échéance :        ", "Base juridique :  NIS2 Art. 23(4)(a) (règles EU, règle de base de l’UE",
                "Hôpital :         h-lyon", "Ouvrez le tableau des échéances");
    }

    @Test
    void aGermanHospitalReadsTheLeadTimeInGerman() {
        var mail = ReminderMail.reminder(earlyWarning("h-berlin", "DE", "BSI"), Duration.ofMinutes(90), BOARD,
                texts(profile("DE")));

        assertThat(mail.subject()).isEqualTo("[Vigil] Early warning fällig in 90 Min. (BSI)");
        assertThat(mail.text()).contains("ist in 90 Min. fällig", "Rechtsgrundlage:  NIS2 Art. 23(4)(a)");
    }

    @ParameterizedTest
    @MethodSource("eu.vigil.testsupport.BundleChecks#translations")
    void everyTranslationFillsEveryPlaceholderOfBothMails(String language) {
        var texts = new ReminderMail.Texts(messages, Locale.forLanguageTag(language));
        var obligation = earlyWarning("h-x", "EU", null);

        var reminder = ReminderMail.reminder(obligation, Duration.ofHours(12), BOARD, texts);
        var missed = ReminderMail.missed(obligation, BOARD, texts);

        assertThat(reminder.subject() + reminder.text() + missed.subject() + missed.text())
                .doesNotContain("{", "}", "mail.", "recipient.")
                .doesNotContain("is due in", "was not submitted", "Legal basis"); // English is no translation
    }

    @Test
    void aHospitalWithoutAProfileAndOneElsewhereReadEnglish() {
        assertThat(MailLanguage.of(HospitalProfile.unconfigured(HospitalId.of("h-new")))).isEqualTo(Locale.ENGLISH);
        assertThat(MailLanguage.of(profile("SE"))).isEqualTo(Locale.ENGLISH);
        assertThat(MailLanguage.of(profile("PT"))).isEqualTo(Locale.forLanguageTag("pt"));
        assertThat(BundleChecks.translations()).hasSize(6); // fr, nl, de, es, it, pt: each has a country here
    }

    private ReminderMail.Texts texts(HospitalProfile profile) {
        return new ReminderMail.Texts(messages, MailLanguage.of(profile));
    }

    private static HospitalProfile profile(String country) {
        return new HospitalProfile(HospitalId.of("h-" + country.toLowerCase(Locale.ROOT)), country,
                ZoneId.of("Europe/Brussels"), "authority", "dpa", "dpo@example.org", "officer@example.org");
    }

    private static ObligationRow earlyWarning(String hospital, String jurisdiction, String authority) {
        return new ObligationRow(UUID.fromString("7d1f2c3b-0a4e-4b8f-9c6d-5e4f3a2b1c0d"), INCIDENT,
                HospitalId.of(hospital), "NIS2_EARLY_WARNING", "nis2", "Early warning", "csirt", authority,
                "NIS2 Art. 23(4)(a)", "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", jurisdiction,
                "EU".equals(jurisdiction), DUE.minus(Duration.ofHours(24)), DUE, ZoneId.of("Europe/Paris"), false,
                ObligationStatus.OPEN, null, null, null, null, null, null);
    }
}
