package eu.vigil.gateway.home;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** A page the home page links to, and the roles that may use it (the services decide; this only hides links). */
enum Destination {

    INCIDENTS("/incidents", "home.link.incidents", Set.of("SECURITY_OFFICER", "DPO")),
    REPORT_INCIDENT("/incidents/new", "home.link.reportIncident", Set.of("SECURITY_OFFICER")),
    DEADLINES("/deadlines", "home.link.deadlines", Set.of("SECURITY_OFFICER", "DPO")),
    SEEN_INCIDENTS("/seen-incidents", "home.link.seenIncidents", Set.of("SECURITY_OFFICER", "DPO")),
    HOSPITAL("/hospital", "home.link.hospital", Set.of("SECURITY_OFFICER", "DPO")),
    DEAD_LETTERS_QUERY("/admin/dead-letters/query-service", "home.link.deadLetters.query", Set.of("ADMIN")),
    DEAD_LETTERS_NOTIFIER("/admin/dead-letters/notifier", "home.link.deadLetters.notifier", Set.of("ADMIN")),
    DEAD_LETTERS_COMMANDS("/admin/dead-letters/command-service", "home.link.deadLetters.commands", Set.of("ADMIN"));

    private final String path;
    private final String messageKey;
    private final Set<String> roles;

    Destination(String path, String messageKey, Set<String> roles) {
        this.path = path;
        this.messageKey = messageKey;
        this.roles = roles;
    }

    static List<Destination> forRoles(Collection<String> userRoles) {
        return Arrays.stream(values()).filter(d -> userRoles.stream().anyMatch(d.roles::contains)).toList();
    }

    public String path() { return path; }

    public String messageKey() { return messageKey; }
}
