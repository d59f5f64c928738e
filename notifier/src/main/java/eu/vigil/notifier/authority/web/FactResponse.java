package eu.vigil.notifier.authority.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.vigil.notifier.authority.Confirmation;
import eu.vigil.notifier.authority.Fact;
import eu.vigil.notifier.authority.FactName;

import java.time.Instant;

/**
 * One fact as the catalogue has it and as the caller's hospital confirmed it.
 *
 * @param value                the catalogue's value; absent when only the hospital's DPO gave one
 * @param confirmedInCatalogue true when the regulatory pack confirmed it (✔), false when it did not (?)
 * @param hospitalConfirmation the DPO's word for the caller's hospital; absent when none was given
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FactResponse(FactName name, Object value, String source, boolean confirmedInCatalogue,
                    HospitalConfirmation hospitalConfirmation) {

    static FactResponse of(FactName name, Fact<?> fact, Confirmation confirmation) {
        return new FactResponse(name, fact == null ? null : fact.value(), fact == null ? null : fact.source(),
                fact != null && fact.confirmed(), confirmation == null ? null : new HospitalConfirmation(
                        confirmation.value(), confirmation.confirmed(), confirmation.confirmedAt()));
    }

    /** Who confirmed stays in the table, not in the answer. */
    record HospitalConfirmation(String value, boolean confirmed, Instant confirmedAt) {
    }
}
