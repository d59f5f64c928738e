package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.vigil.security.SecurityProperties;
import eu.vigil.security.VigilRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm export gives the tokens the shape security-kit reads (the local identity provider's shape). */
class KeycloakRealmTest {

    private static final JsonNode REALM = Yamls.json(Repository.REALM);
    /** security-kit's claim names as a service binds them when nothing overrides them. */
    private static final SecurityProperties.Claims CLAIMS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("vigil.security", SecurityProperties.class).claims();

    @Test
    void givenTheRealm_whenItsRolesAreRead_thenTheyAreExactlyVigilsRoles() {
        assertThat(REALM.at("/roles/realm")).extracting(role -> role.path("name").asText())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(VigilRole.values()).map(Enum::name).toList());
    }

    @Test
    void givenTheGatewayClient_whenATokenIsIssued_thenItsRolesClaimListsTheRealmRoles() {
        JsonNode mapper = mapper("oidc-usermodel-realm-role-mapper");
        assertThat(mapper.at("/config/claim.name").asText()).isEqualTo(CLAIMS.roles())
                .isEqualTo(VigilService.GATEWAY.config().properties().get("vigil.gateway.roles-claim"));
        assertThat(mapper.at("/config/multivalued").asText()).isEqualTo("true");
        assertInAccessAndIdTokens(mapper);
    }

    @Test
    void givenTheGatewayClient_whenATokenIsIssued_thenItsHospitalClaimComesFromAnAttributeOnlyAnAdminEdits() {
        JsonNode mapper = mapper("oidc-usermodel-attribute-mapper");
        assertThat(mapper.at("/config/claim.name").asText()).isEqualTo(CLAIMS.hospital())
                .isEqualTo(VigilService.GATEWAY.config().properties().get("vigil.gateway.hospital-claim"));
        assertThat(mapper.at("/config/multivalued").asText()).isEqualTo("false");
        assertInAccessAndIdTokens(mapper);
        String attribute = mapper.at("/config/user.attribute").asText();
        JsonNode profile = Yamls.JSON.valueToTree(userProfile());
        assertThat(profile.path("attributes")).filteredOn(declared -> declared.path("name").asText().equals(attribute))
                .singleElement().satisfies(declared -> assertThat(declared.at("/permissions/edit").toString())
                        .isEqualTo("[\"admin\"]"));
    }

    @Test
    void givenTheGatewayClient_whenATokenIsIssued_thenItsAudienceIsTheOneTheServicesRequire() {
        JsonNode mapper = mapper("oidc-audience-mapper");
        String audience = Yamls.document(Repository.COMPOSE)
                .at("/services/command-service/environment/SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES").asText();
        assertThat(mapper.at("/config/included.custom.audience").asText()).isEqualTo(audience);
        assertThat(mapper.at("/config/access.token.claim").asText()).isEqualTo("true");
    }

    @Test
    void givenTheGatewayClient_whenItsLoginIsConfigured_thenTheRedirectIsTheGatewaysAndTheSecretIsNoLiteral() {
        JsonNode client = gatewayClient();
        assertThat(client.path("publicClient").asBoolean()).isFalse();
        assertThat(client.path("secret").asText()).isEqualTo("${VIGIL_OIDC_CLIENT_SECRET}");
        var gateway = VigilService.GATEWAY.config().properties();
        String registration = gateway.keySet().stream()
                .filter(key -> key.matches("spring\\.security\\.oauth2\\.client\\.registration\\.[^.]+\\.client-id"))
                .map(key -> key.split("\\.")[5]).findFirst().orElseThrow();
        assertThat(client.path("redirectUris")).singleElement()
                .satisfies(uri -> assertThat(uri.asText()).endsWith("/login/oauth2/code/" + registration));
        assertThat(gateway.get("spring.security.oauth2.client.registration." + registration + ".client-id"))
                .endsWith(":" + client.path("clientId").asText() + "}");
    }

    private static void assertInAccessAndIdTokens(JsonNode mapper) {
        assertThat(mapper.at("/config/access.token.claim").asText()).isEqualTo("true");
        assertThat(mapper.at("/config/id.token.claim").asText()).isEqualTo("true");
    }

    private static JsonNode gatewayClient() {
        assertThat(REALM.path("clients")).hasSize(1);
        return REALM.path("clients").get(0);
    }

    private static JsonNode mapper(String type) {
        var mappers = gatewayClient().path("protocolMappers");
        for (JsonNode mapper : mappers) {
            if (type.equals(mapper.path("protocolMapper").asText())) {
                return mapper;
            }
        }
        throw new AssertionError("The gateway client has no " + type);
    }

    private static Object userProfile() {
        try {
            String config = REALM.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config")
                    .path("kc.user.profile.config").get(0).asText();
            return Yamls.JSON.readValue(config, Object.class);
        } catch (IOException e) {
            throw new AssertionError("The user profile is no JSON", e);
        }
    }
}
