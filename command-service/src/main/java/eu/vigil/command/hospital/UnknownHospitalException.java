package eu.vigil.command.hospital;

import eu.vigil.contracts.HospitalId;

/** A command named a hospital this installation does not serve. */
public class UnknownHospitalException extends RuntimeException {

    private final HospitalId hospital;

    public UnknownHospitalException(HospitalId hospital) {
        super("Hospital " + hospital + " is not served by this installation");
        this.hospital = hospital;
    }

    public HospitalId hospital() {
        return hospital;
    }
}
