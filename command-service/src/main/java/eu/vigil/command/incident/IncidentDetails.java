package eu.vigil.command.incident;

/**
 * What a first report may already say beyond the summary, awareness and category. Each part may be null: it
 * then follows later with its own command.
 */
public record IncidentDetails(Classification classification, Impact impact, PersonalData personalData,
                              SignificanceDecision significance) {

    public static final IncidentDetails NONE = new IncidentDetails(null, null, null, null);
}
