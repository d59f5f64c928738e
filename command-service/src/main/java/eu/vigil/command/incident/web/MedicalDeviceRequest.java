package eu.vigil.command.incident.web;

import eu.vigil.contracts.incident.MedicalDevice;
import eu.vigil.web.ShortText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.util.List;

/** One kind of affected medical device in a request: the JSON form of {@link MedicalDevice}, with its bounds. */
public record MedicalDeviceRequest(@NotBlank @ShortText(max = 200) String type,
                                   @ShortText(max = 200) String manufacturer, @ShortText(max = 200) String model,
                                   @NotNull @Positive @Max(100_000) Integer count, Boolean networkConnected) {

    public static List<MedicalDeviceRequest> of(List<MedicalDevice> devices) {
        return devices.stream().map(device -> new MedicalDeviceRequest(device.type(), device.manufacturer(),
                device.model(), device.count(), device.networkConnected())).toList();
    }

    public static List<MedicalDevice> devices(List<MedicalDeviceRequest> requests) {
        return requests == null ? null : requests.stream()
                .map(device -> new MedicalDevice(device.type(), device.manufacturer(), device.model(), device.count(),
                        Boolean.TRUE.equals(device.networkConnected())))
                .toList();
    }
}
