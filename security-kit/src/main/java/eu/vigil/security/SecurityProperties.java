package eu.vigil.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the role and the hospital are in the token, so that a Keycloak or Entra ID realm maps without code.
 *
 * @param claims the claim names; defaults {@code vigil_roles} and {@code vigil_hospital}
 */
@Validated
@ConfigurationProperties("vigil.security")
public record SecurityProperties(@Valid @DefaultValue Claims claims) {

    /**
     * @param roles    a claim holding a list of role names ({@link VigilRole}); unknown names are ignored
     * @param hospital a claim holding the id of the hospital the user acts for
     */
    public record Claims(@NotBlank @DefaultValue("vigil_roles") String roles,
                         @NotBlank @DefaultValue("vigil_hospital") String hospital) {
    }
}
