package eu.vigil.notifier.authority;

/**
 * One fact of the catalogue with where it was read.
 *
 * @param source    the URL the regulatory pack gives for it
 * @param confirmed true when the pack marks it ✔; false (?) makes it configuration a hospital's DPO confirms
 */
public record Fact<T>(T value, String source, boolean confirmed) {
}
