package eu.vigil.notifier.authority;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue as authorities.md gives it: every fact sourced, the pack's "?" never a constant. */
class AuthorityCatalogueTest {

    private static final List<String> COUNTRIES = List.of("BE", "DE", "ES", "FR", "IT", "NL", "PT");

    private final AuthorityCatalogue catalogue = AuthorityCatalogue.load();

    @Test
    void everyCountrysFileLoadsAndEveryFactHasAnHttpsSource() {
        assertThat(catalogue.countries()).containsExactlyElementsOf(COUNTRIES);
        for (String country : COUNTRIES) {
            for (Authority authority : catalogue.of(country)) {
                assertThat(authority.country()).isEqualTo(country);
                authority.facts().forEach((name, fact) -> assertThat(fact.source())
                        .as("%s %s", authority.id(), name.code()).startsWith("https://"));
            }
        }
    }

    @Test
    void eachCountryHasADataProtectionAuthorityAndANis2Authority() {
        for (String country : COUNTRIES) {
            var authorities = catalogue.of(country);
            assertThat(authorities).as(country).anyMatch(authority -> authority.hasRole(Role.DPA));
            assertThat(authorities).as(country).anyMatch(authority -> authority.hasRole(Role.NIS2_CSIRT)
                    || authority.hasRole(Role.NIS2_COMPETENT));
        }
    }

    @Test
    void authoritiesThePackMarksUncertainHaveNoConfirmedFact() {
        for (String id : List.of("fr-cnil", "nl-ap", "it-garante", "es-aepd", "pt-cnpd", "fr-cert-sante", "de-bfdi")) {
            var authority = catalogue.find(id).orElseThrow();
            authority.facts().forEach((name, fact) -> assertThat(fact.confirmed())
                    .as("%s %s is ? in authorities.md", id, name.code()).isFalse());
        }
    }

    @Test
    void singleFactsThePackMarksUncertainAreNotConfirmed() {
        var uncertain = Map.of("be-apd-gba", FactName.PORTAL, "fr-anssi", FactName.PORTAL,
                "it-csirt-italia", FactName.PORTAL, "nl-igj", FactName.ROLES, "fr-cert-fr", FactName.ROLES,
                "es-incibe-cert", FactName.ROLES, "es-ccn-cert", FactName.ROLES, "pt-cert-pt", FactName.ROLES,
                "be-ccb", FactName.LANGUAGES);
        uncertain.forEach((id, name) -> assertThat(catalogue.find(id).orElseThrow().facts().get(name).confirmed())
                .as("%s %s", id, name.code()).isFalse());
    }

    @Test
    void factsThePackConfirmsAreConfirmedWithTheirSource() {
        var ccb = catalogue.find("be-ccb").orElseThrow();
        assertThat(ccb.contact(FactName.EMAIL).orElseThrow())
                .isEqualTo(new Fact<>("incident@ccb.belgium.be", "https://ccb.belgium.be/de/cert/einen-vorfall-melden",
                        true));
        assertThat(ccb.contact(FactName.PHONE).orElseThrow().confirmed()).isTrue();
        assertThat(ccb.roles()).isEqualTo(new Fact<>(List.of(Role.NIS2_CSIRT, Role.NIS2_COMPETENT),
                "https://atwork.safeonweb.be/nis2", true));
        assertThat(catalogue.find("it-csirt-italia").orElseThrow().roles().confirmed()).isTrue();
        assertThat(catalogue.find("nl-z-cert").orElseThrow().hasRole(Role.HEALTH_CHANNEL)).isTrue();
    }

    @Test
    void aFormTheCatalogueDoesNotKnowAsksForTheLegalMinimumAndSaysSo() {
        var cnil = catalogue.find("fr-cnil").orElseThrow();
        assertThat(cnil.formFieldsLegalMinimum()).isTrue();
        assertThat(cnil.formFields().confirmed()).isFalse();
        assertThat(cnil.formFields().value()).contains("dpoContact", "likelyConsequences", "measures");
        assertThat(catalogue.find("be-ccb").orElseThrow().formFields().value())
                .contains("suspectedMalicious", "crossBorder", "indicators", "rootCause");
    }

    @Test
    void aHospitalProfilesFreeTextFindsItsAuthorityByIdNameOrAliasIgnoringCase() {
        assertThat(catalogue.findByName("CCB (CERT.be)").map(Authority::id)).contains("be-ccb");
        assertThat(catalogue.findByName(" apd/gba ").map(Authority::id)).contains("be-apd-gba");
        assertThat(catalogue.findByName("Gegevensbeschermingsautoriteit (GBA)").map(Authority::id))
                .contains("be-apd-gba");
        assertThat(catalogue.findByName("nl-z-cert").map(Authority::id)).contains("nl-z-cert");
        assertThat(catalogue.findByName("cert santé").map(Authority::id)).contains("fr-cert-sante");
        assertThat(catalogue.findByName("Ministry of Magic")).isEmpty();
        assertThat(catalogue.findByName("  ")).isEmpty();
    }

    @Test
    void aDraftStartsInTheFirstAcceptedLanguage() {
        assertThat(catalogue.draftLanguage(catalogue.find("be-ccb").orElseThrow())).isEqualTo("nl");
        assertThat(catalogue.draftLanguage(catalogue.find("fr-cnil").orElseThrow())).isEqualTo("fr");
        assertThat(catalogue.officialLanguages("be")).containsExactly("nl", "fr", "de");
    }

    @Test
    void theRequestPatternOfFactNamesListsExactlyTheFacts() {
        assertThat(FactName.CODES.split("\\|"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FactName.values()).map(FactName::code).toList());
    }

    @Test
    void aFileWithAFactWithoutSourceIsRefusedNamingFileAndAuthority() {
        var broken = file("lu.yml", """
                country: LU
                officialLanguages: [fr]
                authorities:
                  - id: lu-ilr
                    roles: { value: [nis2-competent], confirmed: true }
                """);

        assertThatThrownBy(() -> AuthorityCatalogue.load(broken))
                .isInstanceOf(InvalidAuthorityFileException.class)
                .hasMessageContaining("lu.yml").hasMessageContaining("lu-ilr").hasMessageContaining("roles");
    }

    @Test
    void aFactWithoutItsConfirmedFlagIsRefusedRatherThanReadAsUncertain() {
        var broken = file("lu.yml", """
                country: LU
                officialLanguages: [fr]
                authorities:
                  - id: lu-ilr
                    roles: { value: [nis2-competent], source: "https://ilr.lu/?p=764" }
                """);

        assertThatThrownBy(() -> AuthorityCatalogue.load(broken))
                .isInstanceOf(InvalidAuthorityFileException.class).hasMessageContaining("confirmed");
    }

    private static ByteArrayResource file(String name, String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
