package eu.vigil.command.drill.web;

import java.util.UUID;

/** The drill a request started, ended or recorded lessons of. */
record DrillResponse(UUID drillId) {
}
