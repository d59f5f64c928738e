package eu.vigil.query.drill;

import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The reports of the caller's hospital's drills, scored on read at the current instant. */
@Component
public class DrillReports {

    private final Drills drills;
    private final Clock clock;

    DrillReports(Drills drills, Clock clock) {
        this.drills = drills;
        this.clock = clock;
    }

    /**
     * @throws DrillNotFoundException for an unknown drill and for another hospital's, alike
     */
    public DrillReport of(UUID drillId, VigilUser user) {
        var drill = HospitalScope.ownOnly(drills.find(drillId), Drill::hospitalId, user)
                .orElseThrow(() -> new DrillNotFoundException(drillId));
        return DrillScore.score(drills.factsOf(drill), clock.instant());
    }

    /** The caller's hospital's drills side by side, the latest started first. */
    public List<DrillSummary> ofHospital(VigilUser user) {
        var now = clock.instant();
        return drills.ofHospital(user.ownHospital()).stream()
                .map(drill -> DrillSummary.of(DrillScore.score(drills.factsOf(drill), now))).toList();
    }
}
