package eu.vigil.command.incident.web;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids a form field is described by, as the templates' field fragments write them, and only those on the page:
 * {@code ${@fieldIds.describedBy(id, hint != null, #fields.hasErrors(field))}}.
 */
@Component("fieldIds")
public class FieldIds {

    /** The {@code aria-describedby} value; null when nothing describes the field, so the attribute is left out. */
    public String describedBy(String id, boolean hint, boolean error) {
        return describedBy(id, hint, null, error);
    }

    /** @param other a description the fragment always writes ({@code <id>-<other>}), such as the zone of a time */
    public String describedBy(String id, boolean hint, String other, boolean error) {
        List<String> ids = new ArrayList<>();
        if (hint) {
            ids.add(id + "-hint");
        }
        if (other != null) {
            ids.add(id + "-" + other);
        }
        if (error) {
            ids.add(id + "-error");
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }
}
