package eu.vigil.command.incident.web;

import eu.vigil.contracts.RsitCategory;
import eu.vigil.contracts.Tlp;
import eu.vigil.contracts.YesNoUnknown;
import eu.vigil.contracts.incident.ClinicalService;
import eu.vigil.contracts.incident.IndicatorType;
import eu.vigil.contracts.incident.PatientCareImpact;
import eu.vigil.contracts.incident.PersonalDataCategory;
import eu.vigil.contracts.incident.Phase;
import eu.vigil.contracts.incident.Severity;
import eu.vigil.contracts.incident.Significance;
import eu.vigil.contracts.incident.TimelineEntryKind;

import java.util.Arrays;
import java.util.List;

/** The vocabulary's choices as forms offer them, each labelled by a message key. */
public final class FormOptions {

    public static final List<Option> CATEGORIES = Option.all(RsitCategory.values(), RsitCategory::code, "rsit.");
    public static final List<Option> SEVERITIES = Option.all(Severity.values(), Severity::code, "severity.");
    public static final List<Option> ANSWERS = Option.all(YesNoUnknown.values(), YesNoUnknown::code, "answer.");
    public static final List<Option> SERVICES = Option.all(ClinicalService.values(), ClinicalService::code,
            "service.");
    public static final List<Option> PATIENT_CARE = Option.all(PatientCareImpact.values(), PatientCareImpact::code,
            "patientCare.");
    public static final List<Option> DATA_CATEGORIES = Option.all(PersonalDataCategory.values(),
            PersonalDataCategory::code, "personalData.");
    public static final List<Option> SIGNIFICANCE = Option.all(Significance.values(), Significance::code,
            "significance.");
    public static final List<Option> ENTRY_KINDS = Option.all(TimelineEntryKind.values(), TimelineEntryKind::code,
            "entryKind.");
    public static final List<Option> INDICATOR_TYPES = Option.all(IndicatorType.values(), IndicatorType::code,
            "indicatorType.");
    public static final List<Option> TLP = Option.all(Tlp.values(), Tlp::code, "tlp.");
    public static final List<Option> SHAREABLE_TLP = TLP.stream()
            .filter(option -> Tlp.fromCode(option.code()).shareable()).toList();

    private FormOptions() {
    }

    /** The phases after the current one (a phase change) or before it (a reopening), as their codes. */
    public static List<Option> phases(Phase current, boolean later) {
        return Arrays.stream(Phase.values())
                .filter(phase -> later ? current.isBefore(phase) : phase.isBefore(current))
                .map(phase -> new Option(phase.code(), "phase." + phase.code()))
                .toList();
    }
}
