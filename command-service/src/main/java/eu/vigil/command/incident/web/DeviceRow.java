package eu.vigil.command.incident.web;

import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One row of affected medical devices in a form; a row without a type is an empty row. */
public record DeviceRow(@ShortText(max = 200) String type, @ShortText(max = 200) String manufacturer,
                 @ShortText(max = 200) String model, @Positive @Max(100_000) Integer count, Boolean networkConnected) {

    static final DeviceRow EMPTY = new DeviceRow(null, null, null, null, false);

    public static DeviceRow of(MedicalDevice device) {
        return new DeviceRow(device.type(), device.manufacturer(), device.model(), device.count(),
                device.networkConnected());
    }

    /** The filled rows as devices; a missing count is 1. */
    public static List<MedicalDevice> devices(List<DeviceRow> rows) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull)
                .filter(row -> row.type() != null && !row.type().isBlank())
                .map(row -> new MedicalDevice(row.type(), row.manufacturer(), row.model(),
                        row.count() == null ? 1 : row.count(), Boolean.TRUE.equals(row.networkConnected())))
                .toList();
    }

    /** The given rows plus blank ones, so a form always offers room for one more kind of device. */
    public static List<DeviceRow> withBlankRows(List<DeviceRow> rows, int blank) {
        var all = new ArrayList<>(rows);
        for (int i = 0; i < blank; i++) {
            all.add(EMPTY);
        }
        return all;
    }
}
