package eu.vigil.notifier.authority;

import java.util.List;
import java.util.Map;

/** One country's file under {@code authorities/}, as written; {@link AuthorityFiles} checks it. */
record AuthorityFile(String country, List<String> officialLanguages, List<Entry> authorities) {

    record Entry(String id, Raw<List<Role>> roles, Raw<Map<String, String>> names, Raw<List<String>> aliases,
                 Raw<String> portal, Raw<String> email, Raw<String> phone, Raw<List<String>> languages,
                 Fields formFields, Raw<String> note) {
    }

    /** A fact as written: a missing {@code confirmed} must fail the file rather than read as false. */
    record Raw<T>(T value, String source, Boolean confirmed) {
    }

    /** Either the form's own fields ({@code value}) or {@code legalMinimum: nis2|gdpr}. */
    record Fields(List<String> value, String legalMinimum, String source, Boolean confirmed) {
    }
}
