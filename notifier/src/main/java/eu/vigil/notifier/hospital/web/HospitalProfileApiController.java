package eu.vigil.notifier.hospital.web;

import eu.vigil.contracts.HospitalId;
import eu.vigil.notifier.hospital.HospitalProfile;
import eu.vigil.notifier.hospital.HospitalProfiles;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An administrator sets a hospital's profile; PUT with the same values changes nothing. */
@RestController
class HospitalProfileApiController {

    private final HospitalProfiles profiles;

    HospitalProfileApiController(HospitalProfiles profiles) {
        this.profiles = profiles;
    }

    @PutMapping("/api/notification-profiles/{hospitalId}")
    ResponseEntity<HospitalProfile> set(@PathVariable HospitalId hospitalId,
                                        @Valid @RequestBody HospitalProfileRequest request) {
        var profile = request.toProfile(hospitalId);
        boolean created = profiles.save(profile);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(profile);
    }

    @GetMapping("/api/notification-profiles/{hospitalId}")
    ResponseEntity<HospitalProfile> get(@PathVariable HospitalId hospitalId) {
        return ResponseEntity.of(profiles.find(hospitalId));
    }
}
