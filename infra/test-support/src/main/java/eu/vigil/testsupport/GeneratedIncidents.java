package eu.vigil.testsupport;

import eu.vigil.contracts.EventEnvelope;
import eu.vigil.contracts.HospitalId;
import eu.vigil.contracts.IncidentId;
import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.AwarenessCorrected;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.HandlingConcluded;
import eu.vigil.contracts.incident.ImpactAssessed;
import eu.vigil.contracts.incident.ImpactEnded;
import eu.vigil.contracts.incident.IncidentClassified;
import eu.vigil.contracts.incident.IncidentEvent;
import eu.vigil.contracts.incident.IncidentReopened;
import eu.vigil.contracts.incident.IncidentReported;
import eu.vigil.contracts.incident.IncidentShareWithdrawn;
import eu.vigil.contracts.incident.IncidentShared;
import eu.vigil.contracts.incident.IndicatorAdded;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.IndicatorWithdrawn;
import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataAssessed;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.PhaseChanged;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.SharedIndicator;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.SignificanceAssessed;
import eu.vigil.contracts.incident.TimelineEntryAppended;
import eu.vigil.contracts.incident.TimelineEntryKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Random incident histories as the command service could record them: a report, then events of every type in a
 * random order, with corrections and withdrawals naming earlier entries, shares with rising revisions, phases that
 * move forward or reopen. The same seed gives the same history (ids aside), so a failure names its seed.
 */
public final class GeneratedIncidents {

    private static final Instant AWARE = Instant.parse("2026-03-29T00:45:00Z"); // 15 min before EU summer time

    private final Random random;
    private final IncidentId incident = IncidentId.generate();
    private final String hospital;
    private final List<EventEnvelope<IncidentEvent>> events = new ArrayList<>();
    private final List<UUID> currentEntries = new ArrayList<>();
    private final List<IndicatorAdded> currentIndicators = new ArrayList<>();
    private Phase phase = Phase.DETECTION;
    private int shareRevision;
    private boolean shared;

    private GeneratedIncidents(long seed, String hospital) {
        this.random = new Random(seed);
        this.hospital = hospital;
    }

    /** One incident of the hospital: its report and then {@code length} more events. */
    public static List<EventEnvelope<IncidentEvent>> history(long seed, String hospital, int length) {
        var generated = new GeneratedIncidents(seed, hospital);
        generated.record(new IncidentReported(generated.incident, HospitalId.of(hospital), "Generated incident " + seed,
                AWARE.minusSeconds(600), AWARE, RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM,
                generated.pick(YesNoUnknown.values()), null));
        while (generated.events.size() <= length) {
            generated.record(generated.nextEvent());
        }
        return List.copyOf(generated.events);
    }

    /** The events alone, oldest first. */
    public static List<IncidentEvent> payloads(List<EventEnvelope<IncidentEvent>> history) {
        return history.stream().map(EventEnvelope::payload).toList();
    }

    private IncidentEvent nextEvent() {
        List<Supplier<IncidentEvent>> choices = new ArrayList<>(List.of(this::awareness, this::classified,
                this::impact, this::personalData, this::significance, this::entry, this::phaseForward,
                this::indicator, this::share, this::handlingConcluded, this::impactEnded));
        if (!currentEntries.isEmpty()) {
            choices.add(this::entryCorrection);
        }
        if (!currentIndicators.isEmpty()) {
            choices.add(this::indicatorCorrection);
            choices.add(this::indicatorWithdrawal);
        }
        if (phase != Phase.DETECTION) {
            choices.add(this::reopening);
        }
        if (shared) {
            choices.add(this::shareWithdrawal);
        }
        return choices.get(random.nextInt(choices.size())).get();
    }

    private IncidentEvent awareness() {
        Instant aware = AWARE.minus(Duration.ofMinutes(random.nextInt(600)));
        Instant detected = random.nextBoolean() ? null : aware.minus(Duration.ofMinutes(random.nextInt(60)));
        return new AwarenessCorrected(incident, detected, aware, "Correction " + events.size());
    }

    private IncidentEvent classified() {
        return new IncidentClassified(incident, pick(RsitCategory.values()), List.of(),
                random.nextBoolean() ? null : "family-" + random.nextInt(5), maybe(Severity.values()),
                pick(YesNoUnknown.values()), reason());
    }

    private IncidentEvent impact() {
        var devices = random.nextBoolean() ? List.<MedicalDevice>of()
                : List.of(new MedicalDevice("Infusion pump", null, null, 1 + random.nextInt(40), true));
        var crossBorder = pick(YesNoUnknown.values());
        return new ImpactAssessed(incident, List.of(pick(ClinicalService.values())), maybe(PatientCareImpact.values()),
                devices, crossBorder, crossBorder == YesNoUnknown.YES ? List.of("NL") : List.of(), reason());
    }

    private IncidentEvent personalData() {
        var involved = pick(YesNoUnknown.values());
        return new PersonalDataAssessed(incident, involved,
                involved == YesNoUnknown.YES ? List.of(PersonalDataCategory.HEALTH_DATA) : List.of(),
                random.nextBoolean() ? null : random.nextInt(5000), reason(),
                involved == YesNoUnknown.NO || random.nextInt(4) == 0 ? null // as recorded before it was asked
                        : AWARE.plus(Duration.ofMinutes(random.nextInt(3000))));
    }

    private IncidentEvent significance() {
        return new SignificanceAssessed(incident, pick(Significance.values()), "Decision " + events.size());
    }

    private IncidentEvent entry() {
        UUID entry = UUID.randomUUID();
        currentEntries.add(entry);
        return new TimelineEntryAppended(incident, entry, pick(TimelineEntryKind.values()), "Entry " + events.size(),
                AWARE, occurredAt(events.size()), null, null);
    }

    private IncidentEvent entryCorrection() {
        UUID corrected = currentEntries.remove(random.nextInt(currentEntries.size()));
        UUID entry = UUID.randomUUID();
        currentEntries.add(entry);
        return new TimelineEntryAppended(incident, entry, pick(TimelineEntryKind.values()),
                "Corrected entry " + events.size(), AWARE, occurredAt(events.size()), corrected, "It was wrong");
    }

    private IncidentEvent phaseForward() {
        if (phase == Phase.CLOSED) {
            return reopening();
        }
        Phase from = phase;
        phase = Phase.values()[from.ordinal() + 1 + random.nextInt(Phase.CLOSED.ordinal() - from.ordinal())];
        return new PhaseChanged(incident, from, phase, random.nextBoolean() ? null : "Note " + events.size());
    }

    private IncidentEvent reopening() {
        Phase from = phase;
        phase = Phase.values()[random.nextInt(Math.min(from.ordinal(), Phase.CLOSED.ordinal()))];
        return new IncidentReopened(incident, from, phase, "The attacker came back");
    }

    private IncidentEvent indicator() {
        var added = new IndicatorAdded(incident, UUID.randomUUID(), IndicatorType.DOMAIN,
                "c2-" + events.size() + ".example", pick(Tlp.values()), null, null, null);
        currentIndicators.add(added);
        return added;
    }

    private IncidentEvent indicatorCorrection() {
        var corrected = currentIndicators.remove(random.nextInt(currentIndicators.size()));
        var added = new IndicatorAdded(incident, UUID.randomUUID(), IndicatorType.DOMAIN,
                "corrected-" + events.size() + ".example", pick(Tlp.values()), "Seen in proxy logs",
                corrected.indicatorId(), "Typo in the domain");
        currentIndicators.add(added);
        return added;
    }

    private IncidentEvent indicatorWithdrawal() {
        var withdrawn = currentIndicators.remove(random.nextInt(currentIndicators.size()));
        return new IndicatorWithdrawn(incident, withdrawn.indicatorId(), "False positive");
    }

    private IncidentEvent share() {
        shareRevision++;
        shared = true;
        var indicators = currentIndicators.stream().filter(indicator -> indicator.tlp().shareable())
                .map(indicator -> new SharedIndicator(indicator.type(), indicator.value(), indicator.tlp())).toList();
        return new IncidentShared(incident, shareRevision, pick(new Tlp[] {Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER}),
                random.nextBoolean(), RsitCategory.MALICIOUS_CODE_INFECTED_SYSTEM, null, "Shared summary", phase,
                null, List.of(), indicators, YesNoUnknown.UNKNOWN);
    }

    private IncidentEvent handlingConcluded() {
        return new HandlingConcluded(incident, AWARE.plus(Duration.ofHours(1 + random.nextInt(2000))),
                random.nextBoolean() ? null : "Systems restored from backups");
    }

    private IncidentEvent impactEnded() {
        return new ImpactEnded(incident, AWARE.plus(Duration.ofHours(1 + random.nextInt(500))),
                random.nextBoolean() ? null : "PACS back in service");
    }

    private IncidentEvent shareWithdrawal() {
        shared = false;
        return new IncidentShareWithdrawn(incident, "Shared too early");
    }

    private void record(IncidentEvent event) {
        long sequence = events.size();
        events.add(IncidentEvents.envelope(hospital, sequence, occurredAt(sequence), event));
    }

    private static Instant occurredAt(long sequence) {
        return IncidentEvents.REPORTED.plus(Duration.ofMinutes(sequence));
    }

    private String reason() {
        return random.nextBoolean() ? null : "Reason " + events.size();
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E> E maybe(E[] values) {
        return random.nextInt(4) == 0 ? null : pick(values);
    }

    /** The event types these histories hold, to prove that they cover every type. */
    public static Stream<Class<?>> typesIn(List<List<EventEnvelope<IncidentEvent>>> histories) {
        return histories.stream().flatMap(List::stream).map(envelope -> envelope.payload().getClass()).distinct()
                .map(type -> (Class<?>) type);
    }
}
