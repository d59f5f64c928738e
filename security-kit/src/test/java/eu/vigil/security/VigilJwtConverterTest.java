package eu.vigil.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VigilJwtConverterTest {

    private static final SecurityProperties.Claims DEFAULT_CLAIMS =
            new SecurityProperties.Claims("vigil_roles", "vigil_hospital");

    @Test
    void theSubjectRolesAndHospitalBecomeTheUser() {
        var jwt = jwt(Map.of("vigil_roles", List.of("SECURITY_OFFICER", "DPO"), "vigil_hospital", "h-brugge"));

        var authentication = new VigilJwtConverter(DEFAULT_CLAIMS).convert(jwt);

        assertThat(authentication.getPrincipal())
                .isEqualTo(new VigilUser("u-officer-7", Set.of(VigilRole.SECURITY_OFFICER, VigilRole.DPO), "h-brugge"));
        assertThat(authentication.getAuthorities()).map(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_SECURITY_OFFICER", "ROLE_DPO");
        assertThat(authentication.getName()).isEqualTo("u-officer-7");
        assertThat(authentication.getCredentials()).isNull();
        assertThat(authentication.isAuthenticated()).isTrue();
    }

    @Test
    void theClaimNamesAreConfigurable() {
        var jwt = jwt(Map.of("groups", List.of("ADMIN"), "tenant", "h-lyon",
                "vigil_roles", List.of("SECURITY_OFFICER"), "vigil_hospital", "h-brugge"));

        var user = new VigilJwtConverter(new SecurityProperties.Claims("groups", "tenant")).user(jwt);

        assertThat(user.roles()).containsExactly(VigilRole.ADMIN);
        assertThat(user.hospitalId()).contains("h-lyon");
    }

    @Test
    void unknownRolesAreIgnored() {
        var jwt = jwt(Map.of("vigil_roles", List.of("offline_access", "DPO", "security_officer"),
                "vigil_hospital", "h-brugge"));

        var user = new VigilJwtConverter(DEFAULT_CLAIMS).user(jwt);

        assertThat(user.roles()).containsExactly(VigilRole.DPO);
    }

    @Test
    void aHospitalClaimThatIsNoHospitalIdNamesNoHospital() {
        var jwt = jwt(Map.of("vigil_roles", List.of("SECURITY_OFFICER"), "vigil_hospital", "AZ Brugge!"));

        var user = new VigilJwtConverter(DEFAULT_CLAIMS).user(jwt);

        assertThat(user.hospitalId()).isEmpty();
        assertThat(user.roles()).containsExactly(VigilRole.SECURITY_OFFICER);
    }

    @Test
    void aTokenWithoutRolesOrHospitalIsAUserOfNoRoleAndNoHospital() {
        var user = new VigilJwtConverter(DEFAULT_CLAIMS).user(jwt(Map.of()));

        assertThat(user.roles()).isEmpty();
        assertThat(user.hospitalId()).isEmpty();
        assertThat(user.worksFor("h-brugge")).isFalse();
    }

    @Test
    void aSingleRoleAsAStringIsReadAsAListOfOne() {
        var user = new VigilJwtConverter(DEFAULT_CLAIMS).user(jwt(Map.of("vigil_roles", "CERT_COORDINATOR")));

        assertThat(user.roles()).containsExactly(VigilRole.CERT_COORDINATOR);
    }

    private static Jwt jwt(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("not-a-real-token").header("alg", "RS256").subject("u-officer-7")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
