package eu.vigil.contracts.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import eu.vigil.contracts.Codes;

/** A clinical or supporting service of the hospital that an incident can take down. */
public enum ClinicalService {
    EMERGENCY_DEPARTMENT, IMAGING, LABORATORY, PHARMACY, SURGERY_SCHEDULING, PATIENT_RECORDS, INTENSIVE_CARE, OUTPATIENT_APPOINTMENTS, TELEPHONY, OTHER;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static ClinicalService fromCode(String code) {
        return Codes.parse(ClinicalService.class, code, ClinicalService::code);
    }
}
