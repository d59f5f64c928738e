package eu.vigil.notifier.mail;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.drill.Exercise;
import eu.vigil.notifier.NotifierMessages;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.testsupport.BundleChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminder and escalation texts from the notifier's bundles, in the hospital's language (no Spring context). */
class ReminderMailTest {

    private static final IncidentId INCIDENT = IncidentId.of("0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f");
    // Sunday 29 March 2026 11:00 in Brussels and Paris, the morning the clocks went forward
    private static final Instant DUE = Instant.parse("2026-03-29T09:00:00Z");
    private static final URI BOARD = URI.create("http://localhost:8080/deadlines");

    private final ResourceBundleMessageSource messages = NotifierMessages.bundles();

    @Test
    void aBelgianHospitalIsRemindedInEnglishWithTheAuthorityBothTimesAndTheDraftLinedUp() {
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

                Report to:    CCB (CERT.be)
                Due:          Sun 29 Mar 2026 11:00 CEST (2026-03-29 09:00 UTC)
                Legal basis:  NIS2 Art. 23(4)(a) (BE rules)
                Incident:     0b6f0d5e-3c1a-4d55-9a4e-5f1b2c3d4e5f
                Hospital:     h-brugge

                Open the draft of this report:
                http://localhost:8080/deadlines/7d1f2c3b-0a4e-4b8f-9c6d-5e4f3a2b1c0d/draft

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
        assertThat(mail.subject()).startsWith("[Vigil] EN RETARD : Alerte précoce (destinataire : ANSSI (CERT-FR))")
                .contains("29 mars 2026 11:00");
        assertThat(mail.text()).contains("n’a pas été transmis avant l’échéance", "(RGPD, art. 33, par. 1)",
                "Destinataire :    ANSSI (CERT-FR)", "Échéance :        dim. 29 mars 2026 11:00 CEST (2026-03-29 09:00 UTC)",
                "Ouvrez le projet de ce rapport :\nhttp://localhost:8080/deadlines/7d1f2c3b-0a4e-4b8f-9c6d-5e4f3a2b1c0d/draft",
                "Base juridique :  NIS2 Art. 23(4)(a) (règles EU, règle de base de l’UE",
                "Hôpital :         h-lyon", "Ouvrez le tableau des échéances");
    }

    @Test
    void aGermanHospitalReadsTheLeadTimeAndTheRuleNameInGerman() {
        var mail = ReminderMail.reminder(earlyWarning("h-berlin", "DE", "BSI"), Duration.ofMinutes(90), BOARD,
                texts(profile("DE")));

        assertThat(mail.subject()).isEqualTo("[Vigil] Frühwarnung fällig in 90 Min. (BSI)");
        assertThat(mail.text()).contains("ist in 90 Min. fällig", "Rechtsgrundlage:  NIS2 Art. 23(4)(a)",
                "Meldung an:       BSI");
    }

    @Test
    void aRuleFileTitleInAnotherLanguageGivesWayToTheRuleNameInTheHospitalsLanguage() {
        // given the German rule file's early warning, mailed to a hospital that reads English
        var german = withTitleAndAuthority(earlyWarning("h-brugge", "DE", null), "Frühe Erstmeldung an das BSI",
                "BSI");

        // when
        var mail = ReminderMail.reminder(german, Duration.ofHours(12), BOARD, texts(profile("BE")));

        // then
        assertThat(mail.subject()).isEqualTo("[Vigil] Early warning due in 12 h (BSI)");
        assertThat(mail.subject() + mail.text()).doesNotContain("Frühe Erstmeldung");
    }

    @Test
    void anObligationWithoutAnAuthoritySaysTheProfileLacksIt() {
        // given an early warning opened while the hospital's profile named no CSIRT
        var withoutAuthority = earlyWarning("h-brugge", "BE", null);

        // when
        var mail = ReminderMail.missed(withoutAuthority, BOARD, texts(profile("BE")));

        // then
        assertThat(mail.text()).contains(
                "Report to:    CSIRT: the authority is not set in the hospital’s notification profile");
    }

    @Test
    void theDueInstantReadsInTheHospitalsZoneAndInUtcAcrossMidnight() {
        // given an early warning due at 00:30 in Paris, still the day before in UTC
        var dueAfterMidnight = withDue(earlyWarning("h-lyon", "EU", "ANSSI (CERT-FR)"),
                Instant.parse("2026-07-14T22:30:00Z"));

        // when
        var mail = ReminderMail.reminder(dueAfterMidnight, Duration.ofHours(1), BOARD, texts(profile("BE")));

        // then
        assertThat(mail.text()).contains("Due:          Wed 15 Jul 2026 00:30 CEST (2026-07-14 22:30 UTC)");
    }

    @Test
    void theDraftLinkSitsBesideTheBoardLinkWhereverTheBoardIsPublished() {
        var obligation = earlyWarning("h-brugge", "BE", "CCB (CERT.be)");

        assertThat(ReminderMail.draft(URI.create("https://vigil.example.org/app/deadlines/"), obligation))
                .hasToString("https://vigil.example.org/app/deadlines/7d1f2c3b-0a4e-4b8f-9c6d-5e4f3a2b1c0d/draft");
    }

    @ParameterizedTest
    @MethodSource("eu.vigil.testsupport.BundleChecks#translations")
    void everyTranslationFillsEveryPlaceholderOfBothMails(String language) {
        var texts = new ReminderMail.Texts(messages, Locale.forLanguageTag(language));
        var obligation = earlyWarning("h-x", "EU", null);

        var reminder = ReminderMail.reminder(obligation, Duration.ofHours(12), BOARD, texts);
        var missed = ReminderMail.missed(obligation, BOARD, texts);

        assertThat(reminder.subject() + reminder.text() + missed.subject() + missed.text())
                .doesNotContain("{", "}", "mail.", "recipient.", "rule.")
                .doesNotContain("is due in", "was not submitted", "Legal basis", "Report to", "Early warning",
                        "the authority is not set") // English is no translation
                .contains("/deadlines/7d1f2c3b-0a4e-4b8f-9c6d-5e4f3a2b1c0d/draft", "2026-03-29 09:00 UTC");
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

    @ParameterizedTest
    @MethodSource("exerciseMarks")
    void givenADrillsObligationWhenRemindedAndEscalatedThenBothSayExerciseFirstInTheHospitalsLanguage(
            String country, String mark, String firstLine) {
        var texts = texts(profile(country));
        var drill = ofDrill(earlyWarning("h-drill", country, "authority"));

        var reminder = ReminderMail.reminder(drill, Duration.ofHours(1), BOARD, texts);
        var escalation = ReminderMail.missed(drill, BOARD, texts);

        assertThat(reminder.subject()).startsWith(mark + " [Vigil] ");
        assertThat(escalation.subject()).startsWith(mark + " [Vigil] ");
        assertThat(reminder.text()).startsWith(firstLine + "\n\n");
        assertThat(escalation.text()).startsWith(firstLine + "\n\n");
    }

    static Stream<Arguments> exerciseMarks() {
        return Stream.of(
                Arguments.of("BE", "[EXERCISE]",
                        "EXERCISE: this mail belongs to a drill. Nothing is sent to an authority."),
                Arguments.of("FR", "[EXERCICE]",
                        "EXERCICE : ce message appartient à un exercice. Rien n’est envoyé à une autorité."),
                Arguments.of("DE", "[ÜBUNG]",
                        "ÜBUNG: Diese Nachricht gehört zu einer Übung. Nichts wird an eine Behörde gesendet."),
                Arguments.of("PT", "[SIMULACRO]",
                        "SIMULACRO: esta mensagem pertence a um simulacro. Nada é enviado a uma autoridade."));
    }

    @Test
    void givenARealIncidentsObligationWhenEscalatedThenTheMailSaysNothingOfAnExercise() {
        var mail = ReminderMail.missed(earlyWarning("h-brugge", "BE", "CCB (CERT.be)"), BOARD, texts(profile("BE")));

        assertThat(mail.subject()).startsWith("[Vigil] ");
        assertThat(mail.text()).doesNotContain("EXERCISE");
    }

    private static ObligationRow ofDrill(ObligationRow o) {
        return new ObligationRow(o.obligationId(), o.incidentId(), o.hospitalId(), o.ruleId(), o.regime(), o.title(),
                o.recipientKind(), o.authority(), o.legalBasis(), o.source(), o.jurisdiction(), o.baselineFallback(),
                o.triggeredAt(), o.dueAt(), o.timeZone(), o.significanceUndecided(), o.status(), null, null, null,
                null, null, null, new Exercise(UUID.randomUUID(), 60));
    }

    private static ObligationRow withTitleAndAuthority(ObligationRow o, String title, String authority) {
        return new ObligationRow(o.obligationId(), o.incidentId(), o.hospitalId(), o.ruleId(), o.regime(), title,
                o.recipientKind(), authority, o.legalBasis(), o.source(), o.jurisdiction(), o.baselineFallback(),
                o.triggeredAt(), o.dueAt(), o.timeZone(), o.significanceUndecided(), o.status(), null, null, null,
                null, null, null);
    }

    private static ObligationRow withDue(ObligationRow o, Instant due) {
        return new ObligationRow(o.obligationId(), o.incidentId(), o.hospitalId(), o.ruleId(), o.regime(), o.title(),
                o.recipientKind(), o.authority(), o.legalBasis(), o.source(), o.jurisdiction(), o.baselineFallback(),
                due.minus(Duration.ofHours(24)), due, o.timeZone(), o.significanceUndecided(), o.status(), null, null,
                null, null, null, null);
    }

    private static ObligationRow earlyWarning(String hospital, String jurisdiction, String authority) {
        return new ObligationRow(UUID.fromString("7d1f2c3b-0a4e-4b8f-9c6d-5e4f3a2b1c0d"), INCIDENT,
                HospitalId.of(hospital), "NIS2_EARLY_WARNING", "nis2", "Early warning", "csirt", authority,
                "NIS2 Art. 23(4)(a)", "https://eur-lex.europa.eu/eli/dir/2022/2555/oj", jurisdiction,
                "EU".equals(jurisdiction), DUE.minus(Duration.ofHours(24)), DUE, ZoneId.of("Europe/Paris"), false,
                ObligationStatus.OPEN, null, null, null, null, null, null);
    }
}
