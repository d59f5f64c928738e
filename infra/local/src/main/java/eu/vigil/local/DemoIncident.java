package eu.vigil.local;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One demo incident as its hospital's officer records it, step by step, at times relative to the load. */
final class DemoIncident {

    private final DemoApi api;
    private final String hospital;
    private final String name;
    private final Instant t;
    private String id;
    private int steps;

    DemoIncident(DemoApi api, String hospital, String name, Instant t) {
        this.api = api;
        this.hospital = hospital;
        this.name = name;
        this.t = t;
    }

    String id() {
        return id;
    }

    String hospital() {
        return hospital;
    }

    /** @param report the report's fields; times as hours before the load */
    DemoIncident report(Map<String, Object> report) throws IOException, InterruptedException {
        id = api.send(hospital, step("report"), "POST", "/api/incidents", report).get("incidentId").asText();
        return this;
    }

    /** @return the entry's id, for a later correction */
    String entry(String kind, String text, double hoursAgo) throws IOException, InterruptedException {
        return entry(kind, text, hoursAgo, null, null);
    }

    String entry(String kind, String text, double hoursAgo, String supersedes, String reason)
            throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>(Map.of("kind", kind, "text", text,
                "happenedAt", at(hoursAgo).toString()));
        if (supersedes != null) {
            body.put("supersedes", supersedes);
            body.put("correctionReason", reason);
        }
        return api.send(hospital, step("entry"), "POST", path("/timeline"), body).get("id").asText();
    }

    String indicator(String type, String value, String tlp, String note) throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>(Map.of("type", type, "value", value, "tlp", tlp));
        if (note != null) {
            body.put("note", note);
        }
        return api.send(hospital, step("indicator"), "POST", path("/indicators"), body).get("id").asText();
    }

    void phase(String phase, String note) throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>(Map.of("phase", phase));
        if (note != null) {
            body.put("note", note);
        }
        api.send(hospital, step("phase"), "POST", path("/phase-changes"), body);
    }

    void personalData(String involved, List<String> categories, Integer dataSubjects, String reason)
            throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, Object>(Map.of("involved", involved, "categories", categories,
                "reason", reason));
        if (dataSubjects != null) {
            body.put("approximateDataSubjects", dataSubjects);
        }
        api.send(hospital, step("personal-data"), "PUT", path("/personal-data"), body);
    }

    /** The handling concluded (NIS2 Art. 23(4)(e)) this many hours before the load. */
    void handlingConcluded(double hoursAgo, String summary) throws IOException, InterruptedException {
        api.send(hospital, step("handling-concluded"), "PUT", path("/handling-concluded"),
                Map.of("concludedAt", at(hoursAgo).toString(), "summary", summary));
    }

    /** The impact on the hospital's services ended this many hours before the load. */
    void impactEnded(double hoursAgo, String note) throws IOException, InterruptedException {
        api.send(hospital, step("impact-ended"), "PUT", path("/impact-ended"),
                Map.of("endedAt", at(hoursAgo).toString(), "note", note));
    }

    void significance(String significance, String reason) throws IOException, InterruptedException {
        api.send(hospital, step("significance"), "PUT", path("/significance"),
                Map.of("significance", significance, "reason", reason));
    }

    void classify(Map<String, Object> classification) throws IOException, InterruptedException {
        api.send(hospital, step("classification"), "PUT", path("/classification"), classification);
    }

    void share(String tlp, boolean pseudonymised, String summary, List<String> indicatorIds)
            throws IOException, InterruptedException {
        share(tlp, pseudonymised, false, summary, indicatorIds);
    }

    /** @param sectorView whether other hospitals' security officers may read a GREEN or AMBER share (ADR 0020) */
    void share(String tlp, boolean pseudonymised, boolean sectorView, String summary, List<String> indicatorIds)
            throws IOException, InterruptedException {
        api.send(hospital, step("share"), "PUT", path("/share"), Map.of("tlp", tlp, "pseudonymised", pseudonymised,
                "sectorView", sectorView, "summary", summary, "indicatorIds", indicatorIds));
    }

    Instant at(double hoursAgo) {
        return t.minus(Duration.ofMinutes(Math.round(hoursAgo * 60)));
    }

    private String path(String suffix) {
        return "/api/incidents/" + id + suffix;
    }

    private String step(String what) {
        return name + ":" + (++steps) + ":" + what;
    }
}
