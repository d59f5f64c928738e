package eu.vigil.notifier.obligation;

import java.util.List;
import java.util.Optional;

/** What the deadline pages say of an obligation's draft; the drafts feature answers. */
public interface ReportDrafts {

    /** Empty when the obligation's rule asks for no report (the breach register's entry). */
    Optional<Summary> summary(ObligationRow obligation);

    /**
     * @param latestVersion    0 before the first save
     * @param approvedVersions newest first: what a submission may name as sent
     */
    record Summary(int latestVersion, String status, List<Integer> approvedVersions) {
    }
}
