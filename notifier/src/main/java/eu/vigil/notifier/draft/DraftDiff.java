package eu.vigil.notifier.draft;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a draft, field by field and line by line (java-diff-utils); fields that did
 * not change are left out.
 */
public record DraftDiff(DraftVersion from, DraftVersion to, List<FieldChange> changes) {

    private static final DiffRowGenerator LINES = DiffRowGenerator.create().showInlineDiffs(false)
            .ignoreWhiteSpaces(false).build();

    /** @param lines each line with its tag: {@code EQUAL}, {@code INSERT}, {@code DELETE} or {@code CHANGE} */
    public record FieldChange(DraftField field, List<Line> lines) {
    }

    /** @param before the line in the older version; empty when inserted */
    public record Line(String tag, String before, String after) {
    }

    public static DraftDiff between(DraftVersion from, DraftVersion to) {
        var changes = new ArrayList<FieldChange>();
        for (var field : to.kind().fields()) {
            String before = from.fields().get(field);
            String after = to.fields().get(field);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, LINES.generateDiffRows(lines(before), lines(after)).stream()
                        .map(row -> new Line(row.getTag().name(), row.getOldLine(), row.getNewLine())).toList()));
            }
        }
        if (!from.language().equals(to.language())) {
            changes.add(0, new FieldChange(null, List.of(new Line(DiffRow.Tag.CHANGE.name(), from.language(),
                    to.language()))));
        }
        return new DraftDiff(from, to, changes);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
