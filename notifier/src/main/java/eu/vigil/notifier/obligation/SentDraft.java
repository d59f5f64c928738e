package eu.vigil.notifier.obligation;

/**
 * What a submission recorded of what was sent.
 *
 * @param draftVersion the approved version of the draft; null when none was named
 * @param draftDigest  its content digest, as its exports carry it
 * @param channel      {@code portal}, {@code e-mail}, {@code phone} or {@code other}; null when not said
 */
public record SentDraft(Integer draftVersion, String draftDigest, String channel) {
}
