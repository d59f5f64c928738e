package eu.vigil.contracts.drill;

import java.util.UUID;

/** An event of the drill aggregate; kept in command-service's event store, not published. */
public sealed interface DrillEvent permits DrillStarted, DrillEnded, LessonsRecorded {

    UUID drillId();
}
