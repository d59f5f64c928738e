package eu.vigil.contracts.incident;

/**
 * Medical devices of one kind that an incident affects.
 *
 * @param type             what the device is, e.g. "CT scanner", "infusion pump"
 * @param manufacturer     may be blank when not known yet
 * @param model            may be blank when not known yet
 * @param count            how many of them are affected, at least 1
 * @param networkConnected whether they sit on a network, the usual way an attack reaches them
 */
public record MedicalDevice(String type, String manufacturer, String model, int count, boolean networkConnected) {
}
