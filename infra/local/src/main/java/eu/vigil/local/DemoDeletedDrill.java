package eu.vigil.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * Lyon's earlier tabletop on phishing, deleted once it was over (ADR 0023): its events are gone from the stores and
 * unreadable on the topics, and only its report is kept, which the list of drill reports shows as deleted.
 */
final class DemoDeletedDrill {

    private static final Duration REPORT_WITHIN = Duration.ofSeconds(90);

    private final DemoApi commands;
    private final DemoApi reads;

    DemoDeletedDrill(DemoApi commands, DemoApi reads) {
        this.commands = commands;
        this.reads = reads;
    }

    void load() throws IOException, InterruptedException {
        String drill = commands.send("h-lyon", "drill:lyon-phishing", "POST", "/api/drills", Map.of(
                "scenario", "phishing-patient-records", "title", "Exercice : hameçonnage et dossiers patients",
                "scale", 120)).get("drillId").asText();
        commands.send("h-lyon", "drill-lessons:lyon-phishing", "PUT", "/api/drills/" + drill + "/lessons",
                Map.of("text", "Le signalement de l'hameçonnage au service informatique a pris trop de temps ; "
                        + "afficher le numéro d'alerte sur chaque poste."));
        commands.send("h-lyon", "drill-end:lyon-phishing", "POST", "/api/drills/" + drill + "/end", Map.of());
        awaitEndedReport(drill); // the report is kept as query-service last saw it: let it see the end
        commands.send("h-lyon", "drill-delete:lyon-phishing", "DELETE", "/api/drills/" + drill, null);
    }

    private void awaitEndedReport(String drill) throws IOException, InterruptedException {
        long giveUpAt = System.nanoTime() + REPORT_WITHIN.toNanos();
        while (System.nanoTime() < giveUpAt) {
            JsonNode report = reads.find("h-lyon", "/api/drill-reports/" + drill);
            if (report != null && report.hasNonNull("endedAt")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Demo data: query-service did not show the ended drill " + drill + " within "
                + REPORT_WITHIN);
    }
}
