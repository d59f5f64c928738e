package eu.vigil.security;

import eu.vigil.contracts.HospitalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns a validated token into a {@link VigilUser}: subject, roles and hospital from the configured claims. */
final class VigilJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Logger log = LoggerFactory.getLogger(VigilJwtConverter.class);

    private final SecurityProperties.Claims claims;

    VigilJwtConverter(SecurityProperties.Claims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new VigilAuthentication(user(jwt));
    }

    VigilUser user(Jwt jwt) {
        return new VigilUser(jwt.getSubject(), roles(jwt), hospital(jwt));
    }

    /** A claim that is no hospital id (a realm mapping gone wrong) names no hospital: the user then gets 403. */
    private String hospital(Jwt jwt) {
        String hospital = jwt.getClaimAsString(claims.hospital());
        if (hospital == null) {
            return null;
        }
        try {
            return HospitalId.of(hospital).value();
        } catch (IllegalArgumentException e) {
            log.warn("Ignored claim {} of user {}: it is not a hospital id; check the identity provider's claim mapping",
                    claims.hospital(), jwt.getSubject());
            return null;
        }
    }

    private Set<VigilRole> roles(Jwt jwt) {
        List<String> names = jwt.hasClaim(claims.roles()) ? jwt.getClaimAsStringList(claims.roles()) : List.of();
        Set<VigilRole> roles = EnumSet.noneOf(VigilRole.class);
        for (String name : names == null ? List.<String>of() : names) {
            if (Arrays.stream(VigilRole.values()).anyMatch(role -> role.name().equals(name))) {
                roles.add(VigilRole.valueOf(name));
            } else {
                // another application's role in the same realm: not ours to grant anything
                log.debug("Ignored unknown role '{}' in the token of user {}", name, jwt.getSubject());
            }
        }
        return roles;
    }
}
