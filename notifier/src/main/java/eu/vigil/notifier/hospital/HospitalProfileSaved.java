package eu.vigil.notifier.hospital;

/**
 * A hospital's profile was stored, new or changed: the clocks of its running obligations are counted in its zone and
 * name its authorities from now on (a Spring application event, delivered before {@link HospitalProfiles#save}
 * returns).
 */
public record HospitalProfileSaved(HospitalProfile profile) {
}
