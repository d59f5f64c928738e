package eu.vigil.notifier.hospital;

import java.util.List;
import java.util.Set;

/**
 * What a profile form offers to choose from: the authority catalogue's countries and authorities (implemented by the
 * authority feature, which already depends on this one).
 */
public interface AuthorityChoices {

    /** ISO 3166-1 alpha-2 codes. */
    Set<String> countries();

    /** The names of the CSIRTs and NIS2 competent authorities, in the language where the catalogue has it. */
    List<String> nis2Authorities(String language);

    /** The names of the GDPR supervisory authorities, in the language where the catalogue has it. */
    List<String> dataProtectionAuthorities(String language);
}
