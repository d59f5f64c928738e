package eu.vigil.notifier.authority;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** What an authority receives from a hospital. */
public enum Role {

    /** The CSIRT that receives NIS2 Art. 23 notifications. */
    NIS2_CSIRT("nis2-csirt"),
    /** The NIS2 competent authority (supervisor). */
    NIS2_COMPETENT("nis2-competent"),
    /** The supervisory authority that receives GDPR Art. 33 notifications. */
    DPA("dpa"),
    /** A health-sector channel besides NIS2 and GDPR, such as CERT Santé or Z-CERT. */
    HEALTH_CHANNEL("health-channel");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Role of(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + code));
    }
}
