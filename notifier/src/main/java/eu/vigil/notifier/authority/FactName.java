package eu.vigil.notifier.authority;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The facts an authority has and a DPO may confirm; a confirmed list is written comma-separated. */
public enum FactName {

    ROLES("roles"), NAMES("names"), ALIASES("aliases"), PORTAL("portal"), EMAIL("email"), PHONE("phone"),
    LANGUAGES("languages"), FORM_FIELDS("formFields"), NOTE("note");

    /** The request fields' pattern: a compile-time constant, so it must repeat the codes above. */
    public static final String CODES = "roles|names|aliases|portal|email|phone|languages|formFields|note";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String code;

    FactName(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<FactName> of(String code) {
        return Arrays.stream(values()).filter(name -> name.code.equals(code)).findFirst();
    }

    /** Why a DPO's value cannot stand for this fact, or empty when it can. */
    public Optional<String> refusal(String value) {
        List<String> items = Arrays.stream(value.split(",")).map(String::strip).toList();
        return switch (this) {
            case LANGUAGES -> items.stream().allMatch(item -> LANGUAGE.matcher(item).matches()) ? Optional.empty()
                    : Optional.of("must be ISO 639-1 codes separated by commas, such as nl,fr");
            case FORM_FIELDS -> items.stream().allMatch(FormFields.KEYS::contains) ? Optional.empty()
                    : Optional.of("must be form field keys separated by commas, such as summary,awareAt");
            case ROLES -> items.stream().allMatch(item -> Arrays.stream(Role.values())
                    .anyMatch(role -> role.code().equals(item))) ? Optional.empty()
                    : Optional.of("must be roles separated by commas: nis2-csirt, nis2-competent, dpa, health-channel");
            case PORTAL -> value.startsWith("https://") && !value.contains(" ") ? Optional.empty()
                    : Optional.of("must be an https:// address");
            case EMAIL -> EMAIL_ADDRESS.matcher(value).matches() ? Optional.empty()
                    : Optional.of("must be an e-mail address");
            default -> Optional.empty();
        };
    }
}
