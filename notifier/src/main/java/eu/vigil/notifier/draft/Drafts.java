package eu.vigil.notifier.draft;

import eu.vigil.contracts.Actor;
import eu.vigil.contracts.incident.IncidentState;
import eu.vigil.notifier.authority.HospitalAuthorities;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import eu.vigil.notifier.incident.SeenIncidents;
import eu.vigil.notifier.obligation.ObligationRow;
import eu.vigil.contracts.notification.ObligationStatus;
import eu.vigil.notifier.obligation.Obligations;
import eu.vigil.notifier.rules.EuZones;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report drafts of a hospital's obligations, for the API and the pages alike: filled from the incident, saved as
 * versions, approved by one or two DPOs. The caller has already found the obligation in the user's own hospital.
 */
@Service
public class Drafts {

    private final DraftVersions versions;
    private final SeenIncidents incidents;
    private final HospitalProfiles profiles;
    private final Prefill prefill;
    private final DraftLanguages languages;
    private final Obligations obligations;
    private final HospitalAuthorities authorities;
    private final Clock clock;

    Drafts(DraftVersions versions, SeenIncidents incidents, HospitalProfiles profiles, Prefill prefill,
           DraftLanguages languages, Obligations obligations, HospitalAuthorities authorities, Clock clock) {
        this.authorities = authorities;
        this.versions = versions;
        this.incidents = incidents;
        this.profiles = profiles;
        this.prefill = prefill;
        this.languages = languages;
        this.obligations = obligations;
        this.clock = clock;
    }

    /**
     * The draft as it stands, in its saved language or, before the first save, in {@code language} or the
     * authority's; a language asked for that differs from the saved one shows what the incident says in it.
     */
    public DraftSheet sheet(ObligationRow obligation, String language) {
        var kind = kindOf(obligation);
        var profile = profiles.of(obligation.hospitalId());
        var saved = versions.latest(obligation.obligationId()).orElse(null);
        String chosen = language != null ? languages.require(language)
                : saved != null ? saved.language() : languages.of(obligation, profile);
        var fromIncident = incidentTexts(obligation, kind, profile, chosen);
        var required = required(obligation, kind);
        boolean sameLanguage = saved != null && saved.language().equals(chosen);
        var rows = kind.fields().stream().map(field -> {
            String text = sameLanguage ? saved.fields().get(field) : fromIncident.get(field);
            var origin = text == null ? DraftSheet.Origin.MISSING
                    : !sameLanguage || saved.fromIncident().contains(field) ? DraftSheet.Origin.INCIDENT
                    : DraftSheet.Origin.WRITTEN;
            return new DraftSheet.Row(field, text, origin, required.contains(field), fromIncident.get(field));
        }).toList();
        return new DraftSheet(obligation, kind, chosen, saved, rows, profile.fourEyesApproval());
    }

    /** Saves what the DPO wrote as the next version; a field whose text is what the incident says is marked so. */
    public DraftVersion save(ObligationRow obligation, Actor dpo, int basedOn, String language,
                             Map<DraftField, String> texts) {
        var kind = kindOf(obligation);
        String chosen = languages.require(language);
        texts.keySet().stream().filter(field -> !kind.has(field)).findFirst().ifPresent(field -> {
            throw DraftRuleException.unknownField(field.key());
        });
        var written = DraftTexts.written(kind, texts);
        var fromIncident = incidentTexts(obligation, kind, profiles.of(obligation.hospitalId()), chosen);
        List<String> unedited = written.entrySet().stream()
                .filter(entry -> entry.getValue().equals(fromIncident.get(entry.getKey())))
                .map(entry -> entry.getKey().key()).toList();
        obligations.saveDraft(obligation, dpo, basedOn, DraftTexts.content(kind, chosen, written), unedited);
        return versions.latest(obligation.obligationId()).orElseThrow();
    }

    /** Approves the version the DPO read; it must still be the latest, with every required field written. */
    public DraftVersion approve(ObligationRow obligation, Actor dpo, int version, String contentDigest) {
        var kind = kindOf(obligation);
        int approvalsRequired = profiles.of(obligation.hospitalId()).fourEyesApproval() ? 2 : 1;
        var required = required(obligation, kind).stream().map(DraftField::key).collect(Collectors.toSet());
        obligations.approveDraft(obligation, dpo, version, contentDigest, approvalsRequired, required);
        return version(obligation, version);
    }

    public DraftVersion version(ObligationRow obligation, int version) {
        return versions.find(obligation.obligationId(), version)
                .orElseThrow(() -> DraftRuleException.versionNotFound(version));
    }

    /** A version that may be exported: only an approved one is what the DPO may send. */
    public DraftVersion approvedVersion(ObligationRow obligation, int version) {
        var found = version(obligation, version);
        if (!found.approved()) {
            throw DraftRuleException.notApproved(version);
        }
        return found;
    }

    /** What changed from one version to another. */
    public DraftDiff diff(ObligationRow obligation, int from, int to) {
        return DraftDiff.between(version(obligation, from), version(obligation, to));
    }

    /** Every version, newest first. */
    public List<DraftVersion> versions(ObligationRow obligation) {
        kindOf(obligation);
        return versions.all(obligation.obligationId());
    }

    private Map<DraftField, String> incidentTexts(ObligationRow obligation, ReportKind kind, HospitalProfile profile,
                                                  String language) {
        IncidentState state = incidents.stateOf(obligation.incidentId()).orElse(null);
        if (state == null) {
            return new EnumMap<>(DraftField.class);
        }
        ZoneId zone = EuZones.profileMissing(obligation.timeZone()) ? ZoneOffset.UTC : obligation.timeZone();
        return prefill.of(kind, state, incidents.currentEntriesOf(obligation.incidentId()), profile, zone,
                Locale.forLanguageTag(language));
    }

    // the article's mandatory fields, those of the authority's form that the report has (where they are confirmed),
    // and a GDPR notification made late must also give the reasons for the delay (33(1))
    private Set<DraftField> required(ObligationRow obligation, ReportKind kind) {
        var required = new LinkedHashSet<DraftField>();
        kind.fields().stream().filter(kind::mandatory).forEach(required::add);
        authorities.named(obligation.authority()).ifPresent(authority -> authorities
                .formFields(obligation.hospitalId(), authority).forEach(key -> DraftField.ofKey(key)
                        .filter(kind::has).ifPresent(required::add)));
        boolean late = obligation.status() == ObligationStatus.LATE
                || obligation.dueAt() != null && clock.instant().isAfter(obligation.dueAt());
        if (late && kind.has(DraftField.REASONS_FOR_DELAY)) {
            required.add(DraftField.REASONS_FOR_DELAY);
        }
        return required;
    }

    private static ReportKind kindOf(ObligationRow obligation) {
        return ReportKind.ofRule(obligation.ruleId()).orElseThrow(() -> DraftRuleException.noReport(obligation.ruleId()));
    }
}
