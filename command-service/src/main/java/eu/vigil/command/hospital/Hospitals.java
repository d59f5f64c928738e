package eu.vigil.command.hospital;

import eu.vigil.contracts.HospitalId;

/** Answers whether a hospital is served here; the Incident aggregate asks before it accepts a report. */
public interface Hospitals {

    boolean exists(HospitalId hospital);
}
