package eu.vigil.notifier.instances;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** What the notifiers recorded in their one event store and read model. */
record ObligationEvents(JdbcClient jdbc) {

    long obligations() {
        return jdbc.sql("select count(*) from notification.obligation").query(Long.class).single();
    }

    /** How many events of this type (its simple name) the obligations recorded. */
    long count(String type) {
        return jdbc.sql("select count(*) from notification.domain_event_entry where payload_type like :type")
                .param("type", "%." + type).query(Long.class).single();
    }

    /** The ids of the events of these types, as each mail names its event in {@code X-Vigil-Event-Id}. */
    List<String> identifiers(String... types) {
        return jdbc.sql("select event_identifier from notification.domain_event_entry where payload_type in (:types)")
                .param("types", List.of(types).stream().map(type -> "eu.vigil.contracts.notification." + type).toList())
                .query(String.class).list();
    }

    /** The instances whose tracking processor holds segments of this processing group, by claim owner name. */
    List<String> owners(String processingGroup) {
        return jdbc.sql("""
                select distinct owner from notification.token_entry
                where processor_name = :group and owner is not null order by owner""")
                .param("group", processingGroup).query(String.class).list();
    }

    /** How many segments this processing group's tokens are split into. */
    long segments(String processingGroup) {
        return jdbc.sql("select count(*) from notification.token_entry where processor_name = :group")
                .param("group", processingGroup).query(Long.class).single();
    }
}
