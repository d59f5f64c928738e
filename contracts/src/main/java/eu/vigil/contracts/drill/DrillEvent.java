package eu.vigil.contracts.drill;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.UUID;

/**
 * An event of the drill aggregate, published on {@code vigil.drill-events} keyed by drill id: the hospital's own
 * topic, never mirrored.
 */
public sealed interface DrillEvent permits DrillStarted, DrillEnded, LessonsRecorded, DrillArchived,
        DrillDeleted {

    UUID drillId();

    /** The payload's schema version, carried by the envelope. */
    @JsonIgnore
    default int schemaVersion() {
        return 1;
    }
}
