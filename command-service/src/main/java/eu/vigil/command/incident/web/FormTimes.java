package eu.vigil.command.incident.web;

import eu.vigil.web.StrictJson;
import org.springframework.validation.Errors;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Times as a person types them into a form: wall-clock times in one zone, turned into UTC instants. A time that
 * does not exist in the zone (the hour the clocks skip in spring) is refused; a time that exists twice (the hour
 * repeated in autumn) is taken as its first occurrence, as the form's hint says.
 */
public record FormTimes(ZoneId zone) {

    /** The viewer's zone as the browser reports it (ui-kit's cookie), else the hospital's. */
    static FormTimes of(String viewerZone, ZoneId hospitalZone) {
        if (viewerZone != null) {
            try {
                return new FormTimes(ZoneId.of(viewerZone));
            } catch (DateTimeException notAZone) {
                // a cookie is client input: ignore what is not a zone id
            }
        }
        return new FormTimes(hospitalZone);
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * @return null when the field is empty, the time does not exist in the zone or lies outside the instants Vigil
     *         keeps (then rejected on the field)
     */
    public Instant instant(LocalDateTime local, String field, Errors errors) {
        if (local == null) {
            return null;
        }
        var offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            errors.rejectValue(field, "form.time.skipped", new Object[]{local, zone.getId()},
                    "This time does not exist in " + zone.getId() + ": the clocks skipped it.");
            return null;
        }
        Instant instant = local.toInstant(offsets.get(0)); // the earlier offset: the first of a repeated hour
        if (instant.isBefore(StrictJson.EARLIEST) || !instant.isBefore(StrictJson.LATEST)) {
            errors.rejectValue(field, "form.time.range", null, "Enter a date from 2000 to 2099.");
            return null;
        }
        return instant;
    }
}
