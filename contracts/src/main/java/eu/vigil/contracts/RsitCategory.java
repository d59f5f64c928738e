package eu.vigil.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * An incident category of the Reference Security Incident Taxonomy (RSIT, version 1003, release 1.3). The code
 * is RSIT's machine value {@code class/type}, which is not always a slug of the human name: never derive one from
 * the other. RSIT has no ransomware type: it is {@link #INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_MODIFICATION}.
 */
public enum RsitCategory {
    ABUSIVE_CONTENT_SPAM("abusive-content/spam"),
    ABUSIVE_CONTENT_HARMFUL_SPEECH("abusive-content/harmful-speech"),
    ABUSIVE_CONTENT_VIOLENCE("abusive-content/violence"),
    MALICIOUS_CODE_INFECTED_SYSTEM("malicious-code/infected-system"),
    MALICIOUS_CODE_C2_SERVER("malicious-code/c2-server"),
    MALICIOUS_CODE_MALWARE_DISTRIBUTION("malicious-code/malware-distribution"),
    MALICIOUS_CODE_MALWARE_CONFIGURATION("malicious-code/malware-configuration"),
    INFORMATION_GATHERING_SCANNER("information-gathering/scanner"),
    INFORMATION_GATHERING_SNIFFING("information-gathering/sniffing"),
    INFORMATION_GATHERING_SOCIAL_ENGINEERING("information-gathering/social-engineering"),
    INTRUSION_ATTEMPTS_IDS_ALERT("intrusion-attempts/ids-alert"),
    INTRUSION_ATTEMPTS_BRUTE_FORCE("intrusion-attempts/brute-force"),
    INTRUSION_ATTEMPTS_EXPLOIT("intrusion-attempts/exploit"),
    INTRUSIONS_PRIVILEGED_ACCOUNT_COMPROMISE("intrusions/privileged-account-compromise"),
    INTRUSIONS_UNPRIVILEGED_ACCOUNT_COMPROMISE("intrusions/unprivileged-account-compromise"),
    INTRUSIONS_APPLICATION_COMPROMISE("intrusions/application-compromise"),
    INTRUSIONS_SYSTEM_COMPROMISE("intrusions/system-compromise"),
    INTRUSIONS_BURGLARY("intrusions/burglary"),
    AVAILABILITY_DOS("availability/dos"),
    AVAILABILITY_DDOS("availability/ddos"),
    AVAILABILITY_MISCONFIGURATION("availability/misconfiguration"),
    AVAILABILITY_SABOTAGE("availability/sabotage"),
    AVAILABILITY_OUTAGE("availability/outage"),
    INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_ACCESS("information-content-security/unauthorised-information-access"),
    INFORMATION_CONTENT_SECURITY_UNAUTHORISED_INFORMATION_MODIFICATION("information-content-security/unauthorised-information-modification"),
    INFORMATION_CONTENT_SECURITY_DATA_LOSS("information-content-security/data-loss"),
    INFORMATION_CONTENT_SECURITY_DATA_LEAK("information-content-security/data-leak"),
    FRAUD_UNAUTHORISED_USE_OF_RESOURCES("fraud/unauthorised-use-of-resources"),
    FRAUD_COPYRIGHT("fraud/copyright"),
    FRAUD_MASQUERADE("fraud/masquerade"),
    FRAUD_PHISHING("fraud/phishing"),
    VULNERABLE_WEAK_CRYPTO("vulnerable/weak-crypto"),
    VULNERABLE_DDOS_AMPLIFIER("vulnerable/ddos-amplifier"),
    VULNERABLE_POTENTIALLY_UNWANTED_ACCESSIBLE("vulnerable/potentially-unwanted-accessible"),
    VULNERABLE_INFORMATION_DISCLOSURE("vulnerable/information-disclosure"),
    VULNERABLE_VULNERABLE_SYSTEM("vulnerable/vulnerable-system"),
    OTHER_OTHER("other/other"),
    OTHER_UNDETERMINED("other/undetermined"),
    TEST_TEST("test/test");

    private final String code;

    RsitCategory(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The RSIT class, the part of the code before the slash. */
    public String rsitClass() {
        return code.substring(0, code.indexOf('/'));
    }

    public static Optional<RsitCategory> findByCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }

    /** @throws IllegalArgumentException when the code is not an RSIT machine value */
    @JsonCreator
    public static RsitCategory fromCode(String code) {
        return findByCode(code).orElseThrow(() -> new IllegalArgumentException(
                "'" + code + "' is not an RSIT category code (class/type, e.g. malicious-code/infected-system)"));
    }
}
