package eu.vigil.ui;

import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileWarningSlotTest {

    @Test
    void theOfficerTheDpoOfAHospitalAndTheAdministratorAreGivenTheWarningsAddress() {
        assertThat(ProfileWarningSlot.sourceFor(new VigilUser("u-1", Set.of(VigilRole.SECURITY_OFFICER), "h-brugge")))
                .isEqualTo("/hospital-profile/warning");
        assertThat(ProfileWarningSlot.sourceFor(new VigilUser("u-2", Set.of(VigilRole.DPO), "h-brugge")))
                .isEqualTo("/hospital-profile/warning");
        assertThat(ProfileWarningSlot.sourceFor(new VigilUser("u-3", Set.of(VigilRole.ADMIN), null)))
                .isEqualTo("/hospital-profile/warning");
    }

    @Test
    void theCertNobodyLoggedInAndAnOfficerOfNoHospitalGetNoSlot() {
        assertThat(ProfileWarningSlot.sourceFor(new VigilUser("u-4", Set.of(VigilRole.CERT_COORDINATOR), null)))
                .isNull();
        assertThat(ProfileWarningSlot.sourceFor(null)).isNull();
        assertThat(ProfileWarningSlot.sourceFor(new VigilUser("u-5", Set.of(VigilRole.SECURITY_OFFICER), null)))
                .isNull();
    }
}
