package eu.vigil.command.drill.scenario;

import eu.vigil.security.VigilRole;

/**
 * Who should do what by when, checked later against the incident's and its obligations' events.
 *
 * @param who a role of the hospital: {@link VigilRole#SECURITY_OFFICER} or {@link VigilRole#DPO}
 */
public record Expectation(VigilRole who, ExpectedAction what, ExpectedBy by) {
}
