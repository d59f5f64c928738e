package eu.vigil.command.hospital.web;

import eu.vigil.command.hospital.HospitalDirectory;
import eu.vigil.contracts.HospitalId;
import eu.vigil.security.EndpointRules;
import eu.vigil.security.VigilAccess;
import eu.vigil.security.VigilRole;
import eu.vigil.security.VigilUser;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The user's own hospital as Vigil knows it: the country decides which national deadline rules apply. */
@Controller
class HospitalPageController {

    private final HospitalDirectory hospitals;

    HospitalPageController(HospitalDirectory hospitals) {
        this.hospitals = hospitals;
    }

    @Bean
    static EndpointRules hospitalPageRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/hospital")
                .access(VigilAccess.inOwnHospital(VigilRole.SECURITY_OFFICER, VigilRole.DPO));
    }

    @GetMapping("/hospital")
    String hospital(@AuthenticationPrincipal VigilUser user, Model model) {
        var hospital = hospitals.find(HospitalId.of(user.ownHospital()))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "Your hospital is not registered yet"));
        model.addAttribute("hospital", hospital);
        return "hospital/hospital";
    }
}
