package eu.vigil.notifier.draft;

import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.notifier.obligation.ReportDrafts;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The deadline pages' view of a draft: its latest version and status, and the versions that may be sent. */
@Component
class DraftSummaries implements ReportDrafts {

    private final DraftVersions versions;

    DraftSummaries(DraftVersions versions) {
        this.versions = versions;
    }

    @Override
    public Optional<Summary> summary(ObligationRow obligation) {
        if (ReportKind.ofRule(obligation.ruleId()).isEmpty()) {
            return Optional.empty();
        }
        var all = versions.all(obligation.obligationId());
        var latest = all.isEmpty() ? null : all.get(0);
        String status = latest == null ? "not-saved" : latest.approved() ? "approved"
                : latest.awaitingSecondApproval() ? "awaiting-second-approval" : "editing";
        return Optional.of(new Summary(latest == null ? 0 : latest.version(), status,
                all.stream().filter(DraftVersion::approved).map(DraftVersion::version).toList()));
    }
}
