package eu.vigil.local;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six incident scenarios of shared/docs/demo-scenarios.md as their officers record them, and a drill's incident
 * (issue 20): reports with their details, timelines, phases, indicators (documentation-only values), shares with the
 * CERT and one correction.
 * The notifier's side (authorities, submissions) is {@link DemoObligations}.
 */
final class DemoScenarios {

    private static final String DROPPER_SHA256 = "5f2b6e1c9a0d4e3b8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c";

    private final DemoApi api;
    private final Instant t;
    private final Map<String, DemoIncident> loaded = new LinkedHashMap<>();

    DemoScenarios(DemoApi api, Instant t) {
        this.api = api;
        this.t = t;
    }

    void load() throws IOException, InterruptedException {
        ransomwareInBrugge();
        phishingInUtrecht();
        samePhishingKitInLyon();
        infusionPumpsInKoeln();
        credentialStuffingInBrugge();
        closedDdosInUtrecht();
        ransomwareDrillInLyon();
    }

    private void ransomwareInBrugge() throws IOException, InterruptedException {
        var incident = incident("h-brugge", "ransomware");
        incident.report(report(incident, "Ransomware: PACS and RIS encrypted, imaging down, ambulances diverted",
                "Radiologists found a ransom note on the PACS viewer; images and RIS worklists do not open.",
                "information-content-security/unauthorised-information-modification", 30, "unknown",
                Map.of("otherCategories", List.of("malicious-code/infected-system", "availability/outage"),
                        "threatFamily", "ransomware", "severity", "critical", "suspectedMalicious", "yes",
                        "affectedServices", List.of("imaging", "emergency-department"),
                        "patientCareImpact", "diverted-patients",
                        "medicalDevices", List.of(Map.of("type", "CT scanner", "count", 2, "networkConnected", true)),
                        "significance", "yes",
                        "significanceReason", "Imaging down and ambulances diverted for 6 hours")));
        incident.entry("observation", "Ransom note on the PACS viewer reported by radiology", 30.5);
        incident.entry("action", "PACS and RIS isolated from the hospital network", 29.5);
        String diversion = incident.entry("decision", "Emergency department diverts ambulances", 29);
        incident.entry("decision", "Emergency department diverts ambulances for 6 hours", 28.5, diversion,
                "The diversion started when the head of the ED decided it, not at the first call");
        incident.entry("communication", "Early warning sent to CCB (CERT.be)", 26);
        incident.entry("action", "Ambulance diversion lifted; CT scanners still offline", 22.5);
        incident.phase("containment", "PACS, RIS and both CT scanners are off the network");
        String c2 = incident.indicator("ipv4", "203.0.113.45", "amber", "C2 address in the firewall logs");
        String domain = incident.indicator("domain", "update-check.example", "amber", "Dropper's update domain");
        String dropper = incident.indicator("sha256", DROPPER_SHA256, "amber", "Dropper found on the PACS server");
        // Brugge lets the other hospitals' officers read this AMBER share in their sector view
        incident.share("amber", true, true, "Ransomware encrypted imaging systems at a hospital; ambulances diverted for "
                + "6 hours. C2 and dropper indicators attached.", List.of(c2, domain, dropper));
    }

    private void phishingInUtrecht() throws IOException, InterruptedException {
        var incident = incident("h-utrecht", "phishing-utrecht");
        incident.report(report(incident,
                "Phishing: a surgeon's mailbox forwarded 412 discharge letters to an outside address",
                "A forwarding rule sent discharge letters to an outside address after a fake webmail login.",
                "fraud/phishing", 70, "yes",
                Map.of("otherCategories", List.of("intrusions/application-compromise"), "severity", "high",
                        "suspectedMalicious", "yes", "affectedServices", List.of("patient-records"),
                        "patientCareImpact", "none", "personalDataCategories",
                        List.of("health-data", "identifiers", "contact-data"), "approximateDataSubjects", 400)));
        incident.entry("observation", "Mail gateway reports a forwarding rule to an outside address", 69);
        incident.entry("action", "Forwarding rule removed, password reset, sessions revoked", 68);
        incident.significance("no", "No disruption of care or services; the breach is handled under the GDPR");
        incident.entry("decision", "DPO: high risk to the patients; they will be informed (GDPR Art. 34)", 60);
        incident.phase("eradication", null);
        String sender = incident.indicator("email", "billing@zorgportaal-login.example", "green", "Phishing sender");
        String url = incident.indicator("url", "https://zorgportaal-login.example/owa", "green", "Fake webmail login");
        String ip = incident.indicator("ipv4", "198.51.100.23", "green", "Host of the fake login");
        incident.share("green", false, "Phishing with a fake webmail login; a compromised mailbox forwarded "
                + "patient letters outside. Sender, URL and host attached.", List.of(sender, url, ip));
    }

    private void samePhishingKitInLyon() throws IOException, InterruptedException {
        var incident = incident("h-lyon", "phishing-lyon");
        incident.report(report(incident, "Phishing kit imitating the webmail login, blocked at the mail gateway",
                "Forty staff received the mail; the gateway blocked the link before anyone logged in.",
                "fraud/phishing", 20, "no", Map.of("severity", "medium", "suspectedMalicious", "yes",
                        "patientCareImpact", "none", "significance", "undecided")));
        incident.entry("action", "Link blocked at the mail gateway; messages purged from mailboxes", 19);
        incident.phase("analysis", null);
        String url = incident.indicator("url", "https://zorgportaal-login.example/owa", "green", null);
        String ip = incident.indicator("ipv4", "198.51.100.23", "green", null);
        incident.share("green", false, "Webmail phishing kit blocked at the mail gateway; no credentials lost.",
                List.of(url, ip));
    }

    private void infusionPumpsInKoeln() throws IOException, InterruptedException {
        var incident = incident("h-koeln", "infusion-pumps");
        incident.report(report(incident,
                "Infusion pump vulnerability exploited on the ward network, 14 pumps isolated",
                "Pumps on ward 4 showed unexpected configuration changes; the vendor confirmed a known flaw.",
                "intrusion-attempts/exploit", 80, "no",
                Map.of("severity", "high", "suspectedMalicious", "yes", "affectedServices", List.of("intensive-care"),
                        "patientCareImpact", "degraded", "medicalDevices", List.of(Map.of("type", "Infusion pump",
                                "manufacturer", "Example Medical", "count", 14, "networkConnected", true)),
                        "significance", "yes", "significanceReason", "Patient care degraded: manual pumps in use")));
        incident.entry("observation", "Configuration changes on the ward 4 infusion pumps", 80.5);
        incident.entry("action", "14 pumps taken off the network; manual pumps in use", 79);
        incident.entry("communication", "Vendor contacted; known vulnerability confirmed", 70);
        incident.phase("containment", null);
    }

    private void credentialStuffingInBrugge() throws IOException, InterruptedException {
        var incident = incident("h-brugge", "credential-stuffing");
        incident.report(report(incident, "Credential stuffing against the patient portal",
                "Thousands of login attempts from one address; no account was taken over.",
                "intrusion-attempts/brute-force", 10, "no", Map.of("severity", "low", "patientCareImpact", "none")));
        incident.entry("action", "Address blocked and rate limiting tightened on the portal", 9);
        incident.phase("recovery", null);
        String ip = incident.indicator("ipv4", "198.51.100.23", "clear", "Source of the login attempts");
        incident.share("clear", false, "Credential stuffing against a patient portal from one address; blocked.",
                List.of(ip));
    }

    private void closedDdosInUtrecht() throws IOException, InterruptedException {
        var incident = incident("h-utrecht", "ddos");
        double aware = 40 * 24;
        incident.report(report(incident, "DDoS on the appointment system",
                "The online appointment system was unreachable for most of a day.", "availability/ddos", aware, "no",
                Map.of("severity", "high", "suspectedMalicious", "yes",
                        "affectedServices", List.of("outpatient-appointments"), "patientCareImpact", "degraded",
                        "significance", "yes", "significanceReason", "Appointments unavailable for 14 hours")));
        incident.entry("action", "Traffic scrubbing enabled with the provider", aware - 2);
        incident.phase("containment", null);
        incident.entry("communication", "Early warning, notification and final report submitted to Z-CERT on time",
                aware - 24 * 30);
        incident.impactEnded(aware - 14, "Appointments bookable online again");
        incident.phase("recovery", null);
        incident.handlingConcluded(aware - 72, "Scrubbing holds; no further attack traffic for two days");
        incident.phase("closed", "Lessons learned: keep the scrubbing contract active; rehearse the failover.");
    }

    /**
     * Lyon rehearses the shipped PACS ransomware scenario at 1 hour = 1 minute (ADR 0022): its incident's early
     * warning falls due 24 minutes after awareness, and nothing of it reaches an authority or the CERT.
     */
    private void ransomwareDrillInLyon() throws IOException, InterruptedException {
        String drill = api.send("h-lyon", "drill:lyon", "POST", "/api/drills", Map.of("scenario", "ransomware-pacs",
                "title", "Exercice sur table : rançongiciel sur le PACS", "scale", 60)).get("drillId").asText();
        var incident = incident("h-lyon", "drill-lyon");
        var body = report(incident, "Exercise: PACS unreachable, ransom note on three radiology workstations",
                "Drill inject: the image archive does not answer and a ransom note is shown in radiology.",
                "malicious-code/infected-system", 1 / 60.0, "no",
                Map.of("threatFamily", "ransomware", "severity", "critical", "suspectedMalicious", "yes",
                        "affectedServices", List.of("imaging"), "significance", "yes",
                        "significanceReason", "Imaging down: the scenario's significant incident"));
        body.put("detectedAt", incident.at(2 / 60.0).toString());
        body.put("drillId", drill);
        incident.report(body);
        incident.entry("action", "PACS isolated from the hospital network (drill)", 0.5 / 60);
        api.send("h-lyon", "drill-lessons:lyon", "PUT", "/api/drills/" + drill + "/lessons", Map.of("text",
                "Le numéro d'astreinte du fournisseur PACS manquait dans la fiche réflexe ; la DPO a été prévenue "
                        + "après l'alerte précoce au lieu d'avant."));
    }

    private DemoIncident incident(String hospital, String name) {
        var incident = new DemoIncident(api, hospital, name, t);
        loaded.put(name, incident);
        return incident;
    }

    /** The incidents loaded, by their scenario name (ransomware, phishing-utrecht, ...). */
    Map<String, DemoIncident> loaded() {
        return Map.copyOf(loaded);
    }

    private static Map<String, Object> report(DemoIncident incident, String summary, String description,
                                              String category, double hoursAgo, String personalData,
                                              Map<String, Object> details) {
        var body = new LinkedHashMap<String, Object>(details);
        body.put("summary", summary);
        body.put("description", description);
        body.put("detectedAt", incident.at(hoursAgo + 0.75).toString());
        body.put("awareAt", incident.at(hoursAgo).toString());
        body.put("category", category);
        body.put("personalDataInvolved", personalData);
        return body;
    }
}
