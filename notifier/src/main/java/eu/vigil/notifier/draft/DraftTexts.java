package eu.vigil.notifier.draft;

import eu.vigil.notifier.obligation.DraftContent;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields in the report's order, without blank ones: the one form a draft's content is digested in. */
final class DraftTexts {

    private DraftTexts() {
    }

    static DraftContent content(ReportKind kind, String language, Map<DraftField, String> fields) {
        var ordered = new LinkedHashMap<String, String>();
        kind.fields().stream().filter(fields::containsKey)
                .forEach(field -> ordered.put(field.key(), fields.get(field)));
        return new DraftContent(kind.code(), language, ordered);
    }

    /** Written text as it is kept: line ends as \n, no trailing white space; blank means not written. */
    static Map<DraftField, String> written(ReportKind kind, Map<DraftField, String> texts) {
        var written = new EnumMap<DraftField, String>(DraftField.class);
        texts.forEach((field, text) -> {
            String kept = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
            if (kind.has(field) && !kept.isEmpty()) {
                written.put(field, kept);
            }
        });
        return written;
    }
}
