package eu.vigil.command.drill;

import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.drill.Exercise;

import java.util.UUID;

/** The drills as an incident's report needs them: the mark an incident reported within one carries. */
public interface Drills {

    /**
     * @throws UnknownDrillException when the hospital has no such drill (another hospital's is unknown to it)
     * @throws DrillEndedException   when the drill has ended
     */
    Exercise exerciseFor(UUID drillId, HospitalId hospital);
}
