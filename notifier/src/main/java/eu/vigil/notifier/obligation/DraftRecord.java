package eu.vigil.notifier.obligation;

import eu.vigil.contracts.notification.DraftApproved;
import eu.vigil.contracts.notification.DraftSaved;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The obligation's draft as far as its decisions need it: the current version, who approved it, and the digests of
 * the versions that were approved (any of them may be the one that was sent).
 */
class DraftRecord {

    private int version;
    private DraftContent current;
    private final Set<String> approvers = new HashSet<>();
    private final Map<Integer, String> approvedDigests = new HashMap<>();

    DraftSaved save(SaveDraft command) {
        if (command.basedOn() != version) {
            throw ObligationRuleException.draftChanged(version);
        }
        var content = command.content();
        return new DraftSaved(command.obligationId(), version + 1, content.reportKind(), content.language(),
                content.fields(), command.fromIncident());
    }

    DraftApproved approve(ApproveDraft command) {
        if (command.version() != version || current == null || !current.digest().equals(command.contentDigest())) {
            throw ObligationRuleException.draftChanged(version);
        }
        if (approvedDigests.containsKey(version)) {
            throw ObligationRuleException.draftAlreadyApproved(version);
        }
        if (approvers.contains(command.approverId())) {
            throw ObligationRuleException.secondApproverRequired();
        }
        List<String> missing = command.requiredFields().stream()
                .filter(field -> blank(current.fields().get(field))).sorted().toList();
        if (!missing.isEmpty()) {
            throw ObligationRuleException.draftIncomplete(missing);
        }
        return new DraftApproved(command.obligationId(), version, current.digest(), approvers.size() + 1,
                command.approvalsRequired());
    }

    /** The digest of an approved version, which a submission may name. */
    String approvedDigest(int draftVersion) {
        String digest = approvedDigests.get(draftVersion);
        if (digest == null) {
            throw ObligationRuleException.draftNotApproved(draftVersion);
        }
        return digest;
    }

    void saved(DraftSaved event) {
        version = event.version();
        current = new DraftContent(event.reportKind(), event.language(), event.fields());
        approvers.clear();
    }

    void approved(DraftApproved event, String approverId) {
        approvers.add(approverId);
        if (event.complete()) {
            approvedDigests.put(event.version(), event.contentDigest());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
