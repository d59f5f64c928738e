package eu.vigil.query.timeline;

import java.util.Arrays;
import java.util.List;

/** A history filter names no {@link HistoryKind}. */
public class UnknownHistoryKindException extends RuntimeException {

    private final String kind;

    public UnknownHistoryKindException(String kind) {
        super("'" + kind + "' is no history kind");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    public List<String> accepted() {
        return Arrays.stream(HistoryKind.values()).map(HistoryKind::code).toList();
    }
}
