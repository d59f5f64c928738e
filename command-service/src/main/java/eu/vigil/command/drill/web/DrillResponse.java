package eu.vigil.command.drill.web;

import java.util.UUID;

/** The drill a request started or ended. */
record DrillResponse(UUID drillId) {
}
