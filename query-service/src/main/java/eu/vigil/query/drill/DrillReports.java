package eu.vigil.query.drill;

import eu.vigil.security.HospitalScope;
import eu.vigil.security.VigilUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The reports of the caller's hospital's drills, scored on read at the current instant; a deleted drill's is the
 * report kept at its deletion, which says so ({@link DrillReport#deletedAt()}).
 */
@Component
public class DrillReports {

    private static final Comparator<DrillSummary> LATEST_STARTED_FIRST = Comparator
            .comparing(DrillSummary::startedAt, Comparator.reverseOrder()).thenComparing(DrillSummary::drillId);

    private final Drills drills;
    private final KeptDrillReports kept;
    private final Clock clock;

    DrillReports(Drills drills, KeptDrillReports kept, Clock clock) {
        this.drills = drills;
        this.kept = kept;
        this.clock = clock;
    }

    /**
     * @throws DrillNotFoundException for an unknown drill and for another hospital's, alike
     */
    public DrillReport of(UUID drillId, VigilUser user) {
        var drill = HospitalScope.ownOnly(drills.find(drillId), Drill::hospitalId, user);
        if (drill.isPresent()) {
            return DrillScore.score(drills.factsOf(drill.get()), clock.instant());
        }
        return HospitalScope.ownOnly(kept.find(drillId), KeptDrillReports.Kept::hospitalId, user)
                .map(KeptDrillReports.Kept::report).orElseThrow(() -> new DrillNotFoundException(drillId));
    }

    /** The caller's hospital's drills side by side, the deleted ones' kept reports among them, the latest started first. */
    public List<DrillSummary> ofHospital(VigilUser user) {
        var now = clock.instant();
        var live = drills.ofHospital(user.ownHospital()).stream()
                .map(drill -> DrillSummary.of(DrillScore.score(drills.factsOf(drill), now)));
        var deleted = kept.ofHospital(user.ownHospital()).stream().map(DrillSummary::of);
        return Stream.concat(live, deleted).sorted(LATEST_STARTED_FIRST).toList();
    }
}
