package org.lifecircle.care.caregiver;

import java.util.List;

import jakarta.validation.Valid;

import org.lifecircle.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care/caregivers")
@Tag(name = "Caregivers 养老护理员", description = "Caregivers with skills, certificates, working hours and travel mode")
class CaregiverApi {

    private final CaregiverService caregivers;

    CaregiverApi(CaregiverService caregivers) {
        this.caregivers = caregivers;
    }

    @GetMapping
    List<Caregiver> list(@RequestParam(required = false) Long stationId) {
        return caregivers.find(stationId);
    }

    @GetMapping("/{id}")
    Caregiver get(@PathVariable long id) {
        return caregivers.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Caregiver create(Actor actor, @Valid @RequestBody CaregiverForm form) {
        return caregivers.create(actor, form);
    }

    @PutMapping("/{id}")
    Caregiver update(Actor actor, @PathVariable long id, @Valid @RequestBody CaregiverForm form) {
        return caregivers.update(actor, id, form);
    }
}
