package eu.vigil.command.hospital.web;

import eu.vigil.command.hospital.Hospital;
import eu.vigil.command.hospital.HospitalDirectory;
import eu.vigil.contracts.HospitalId;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Reference data: registering a hospital twice with the same values changes nothing (PUT is idempotent). */
@RestController
class HospitalApiController {

    private final HospitalDirectory hospitals;

    HospitalApiController(HospitalDirectory hospitals) {
        this.hospitals = hospitals;
    }

    @PutMapping("/api/hospitals/{hospitalId}")
    ResponseEntity<Hospital> register(@PathVariable HospitalId hospitalId,
                                      @Valid @RequestBody RegisterHospitalRequest request) {
        var hospital = request.toHospital(hospitalId);
        boolean created = hospitals.save(hospital);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(hospital);
    }

    @GetMapping("/api/hospitals")
    List<Hospital> all() {
        return hospitals.all();
    }
}
