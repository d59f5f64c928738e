package eu.vigil.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notifier's side of the demo: each hospital's country, zone, authorities and addresses (from
 * shared/docs/demo-scenarios.md), and what the DPOs did with the obligations the scenarios opened: Brugge's early
 * warning submitted on time, Köln's submitted late with its reasons (its notification is left to go late and
 * escalate), Utrecht's closed DDoS with every report submitted, and the high risk of Utrecht's phishing, which
 * opens the communication to its patients. Everything else runs, so the board shows a
 * deadline due soon, one late and some done. Two drafts: Brugge's notification half written, Utrecht's GDPR
 * notification approved and ready to export; Lyon asks for four eyes. Lyon's drill records its early warning's
 * submission, on the drill's clock and marked EXERCISE, so that its report scores it.
 */
final class DemoObligations {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final DemoApi notifier;
    private final Instant t;

    DemoObligations(DemoApi notifier, Instant t) {
        this.notifier = notifier;
        this.t = t;
    }

    void profiles() throws IOException, InterruptedException {
        profile("h-brugge", "BE", "Europe/Brussels", "CCB (CERT.be)", "APD/GBA", "brugge");
        profile("h-utrecht", "NL", "Europe/Amsterdam", "NCSC / Z-CERT (sector CSIRT)", "Autoriteit Persoonsgegevens",
                "utrecht");
        profile("h-lyon", "FR", "Europe/Paris", "ANSSI / CERT Santé", "CNIL", "lyon"); // four eyes
        profile("h-koeln", "DE", "Europe/Berlin", "BSI", "LfDI NRW", "koeln");
    }

    void decisions(Map<String, DemoIncident> incidents) throws IOException, InterruptedException {
        var ransomware = incidents.get("ransomware");
        awaitObligations(ransomware, 5); // NIS2 (significant) and GDPR (personal data unknown)
        submit(ransomware, "NIS2_EARLY_WARNING", 26, "CCB-2026-0117", null);

        var pumps = incidents.get("infusion-pumps");
        awaitObligations(pumps, 3);
        submit(pumps, "NIS2_EARLY_WARNING", 55, "BSI-2026-4411",
                "The on-call DPO was reachable only after the night shift; the BSI portal login had expired.");

        var ddos = incidents.get("ddos");
        awaitObligations(ddos, 3);
        double aware = 40 * 24;
        submit(ddos, "NIS2_EARLY_WARNING", aware - 20, "ZCERT-2026-0301", null);
        submit(ddos, "NIS2_RECIPIENTS_NOTICE", aware - 3, "Notice on the appointment site", null);
        submit(ddos, "NIS2_INCIDENT_NOTIFICATION", aware - 60, "ZCERT-2026-0301-2", null);
        awaitObligations(ddos, 4); // the final report opened with the notification's submission
        submit(ddos, "NIS2_FINAL_REPORT", aware - 25 * 24, "ZCERT-2026-0301-3", null);

        var phishing = incidents.get("phishing-utrecht");
        awaitObligations(phishing, 2); // GDPR only: not significant under NIS2
        if (obligations(phishing).size() == 2) { // not yet decided by an earlier, interrupted load
            notifier.sendAs(dpo(phishing), "high-risk:" + phishing.id(), "POST",
                    "/api/obligations/data-subject-communications", Map.of("incidentId", phishing.id(), "reasons",
                            "Discharge letters with diagnoses of about 400 patients reached an unknown address"));
        }
        awaitObligations(incidents.get("phishing-lyon"), 3); // NIS2, significance undecided: flagged

        // Lyon's drill records its early warning's submission on the drill's clock: it scores as met (ADR 0022)
        var drill = incidents.get("drill-lyon");
        awaitObligations(drill, 2);
        submit(drill, "NIS2_EARLY_WARNING", 0.5 / 60, "EXERCICE-2026-PACS-1", null);
        drafts(ransomware, phishing);
    }

    // Brugge's notification half written (the DPO still has fields to fill); Utrecht's GDPR notification approved,
    // ready to export and send
    private void drafts(DemoIncident ransomware, DemoIncident phishing) throws IOException, InterruptedException {
        draft(ransomware, "NIS2_INCIDENT_NOTIFICATION", "nl", Map.of(
                "summary", "Ransomware op de PACS-servers: beelden niet beschikbaar, spoedgevallen omgeleid.",
                "contactPoint", "security@brugge.hospital.example"), false);
        draft(phishing, "GDPR_SA_NOTIFICATION", "nl", Map.of(
                "summary", "Ontslagbrieven met diagnoses zijn naar een onbekend adres gestuurd na een phishingmail.",
                "awareAt", "zie het incident", "personalDataCategories", "Gezondheidsgegevens, identificatiegegevens",
                "dataSubjectsApprox", "ongeveer 400", "dpoContact", "dpo@utrecht.hospital.example",
                "likelyConsequences", "Openbaarmaking van diagnoses; risico op discriminatie en fraude.",
                "measures", "Mailbox geblokkeerd, wachtwoorden gereset, ontvanger verzocht de berichten te wissen."),
                true);
    }

    private void draft(DemoIncident incident, String ruleId, String language, Map<String, String> fields,
                       boolean approve) throws IOException, InterruptedException {
        String id = obligation(incident, ruleId).get("obligationId").asText();
        var current = notifier.sendAs(dpo(incident), "draft:" + id, "GET", "/api/obligations/" + id + "/draft",
                null);
        if (current.get("version").asInt() == 0) { // not saved by an earlier, interrupted load
            current = notifier.sendAs(dpo(incident), "save:" + id, "POST", "/api/obligations/" + id
                    + "/draft/versions", Map.of("basedOn", 0, "language", language, "fields", fields));
        }
        if (approve && !current.get("status").asText().equals("approved")) {
            notifier.sendAs(dpo(incident), "approve:" + id, "POST", "/api/obligations/" + id + "/draft/versions/"
                    + current.get("version").asInt() + "/approval",
                    Map.of("contentDigest", current.get("contentDigest").asText()));
        }
    }

    private void profile(String hospital, String country, String zone, String nis2, String dpa, String city)
            throws IOException, InterruptedException {
        notifier.sendAs("integration-admin", "profile:" + hospital, "PUT", "/api/notification-profiles/" + hospital,
                Map.of("country", country, "timeZone", zone, "nis2Authority", nis2, "dataProtectionAuthority", dpa,
                        "dpoEmail", "dpo@" + city + ".hospital.example",
                        "securityOfficerEmail", "security@" + city + ".hospital.example",
                        "fourEyesApproval", city.equals("lyon")));
    }

    private void submit(DemoIncident incident, String ruleId, double hoursAgo, String reference, String reasonForDelay)
            throws IOException, InterruptedException {
        var obligation = obligation(incident, ruleId);
        if (!obligation.get("status").asText().equals("open") && !obligation.get("status").asText().equals("late")) {
            return; // recorded by an earlier, interrupted load
        }
        var body = new LinkedHashMap<String, Object>(Map.of("submittedAt",
                t.minus(Duration.ofMinutes(Math.round(hoursAgo * 60))).toString(), "reference", reference));
        if (reasonForDelay != null) {
            body.put("reasonForDelay", reasonForDelay);
        }
        notifier.sendAs(dpo(incident), "submit:" + incident.id() + ":" + ruleId, "POST",
                "/api/obligations/" + obligation.get("obligationId").asText() + "/submission", body);
    }

    private JsonNode obligation(DemoIncident incident, String ruleId) throws IOException, InterruptedException {
        for (JsonNode obligation : obligations(incident)) {
            if (obligation.get("ruleId").asText().equals(ruleId)) {
                return obligation;
            }
        }
        throw new IllegalStateException("Demo data: the notifier has no " + ruleId + " for incident " + incident.id());
    }

    private void awaitObligations(DemoIncident incident, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (obligations(incident).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo data: the notifier opened " + obligations(incident).size()
                        + " of " + count + " obligations for incident " + incident.id() + " in " + PATIENCE
                        + "; see the notifier's log in the data folder");
            }
            Thread.sleep(250);
        }
    }

    private JsonNode obligations(DemoIncident incident) throws IOException, InterruptedException {
        return notifier.sendAs(dpo(incident), "list", "GET", "/api/obligations?incidentId=" + incident.id(), null);
    }

    private static String dpo(DemoIncident incident) {
        return "dpo-integration-" + incident.hospital();
    }
}
