package eu.vigil.command.incident;

import java.util.UUID;

/** A correction or a share names an entry or indicator that this incident does not have, or one already superseded or withdrawn. */
public class UnknownEntryException extends IncidentRuleException {

    public UnknownEntryException(String field, UUID id) {
        super("unknown-entry", field, id, false, field, id);
    }
}
