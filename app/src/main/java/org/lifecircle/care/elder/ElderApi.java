package org.lifecircle.care.elder;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.care.assessment.Scores;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.care.privacy.SensitiveField;
import org.lifecircle.identity.Actor;
import org.lifecircle.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/care")
@Tag(name = "Elders 服务对象", description = "Elders' records: masked unless revealed; every reveal is logged")
class ElderApi {

    private final ElderService elders;
    private final ElderRecords records;

    ElderApi(ElderService elders, ElderRecords records) {
        this.elders = elders;
        this.records = records;
    }

    @GetMapping("/elders")
    @Operation(summary = "Elders in the caller's scope, masked, by pinyin; q: name, pinyin initials, phone or its last 4 digits, ID number (exact)")
    Paged<ElderListItem> list(Actor actor, @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return elders.find(actor, q, new Paged.Request(page, size));
    }

    @GetMapping("/elders/{id}")
    @Operation(summary = "One elder, masked; reveal=phone,address,contacts,healthNotes,idNumber unmasks (allowed roles only, logged)")
    ElderView get(Actor actor, @PathVariable long id,
                  @Parameter(description = "fields to unmask, comma-separated") @RequestParam(required = false) String reveal,
                  HttpServletRequest request) {
        return elders.get(actor, id, SensitiveField.parse(reveal), Access.api(request.getRemoteAddr()));
    }

    @PostMapping("/elders")
    @ResponseStatus(HttpStatus.CREATED)
    ElderView create(Actor actor, @Valid @RequestBody ElderForm form) {
        return elders.create(actor, form);
    }

    @PutMapping("/elders/{id}")
    @Operation(summary = "Update an elder; idNumber, phone, address left empty keep what is stored")
    ElderView update(Actor actor, @PathVariable long id, @Valid @RequestBody ElderForm form) {
        return elders.update(actor, id, form);
    }

    @GetMapping("/elders/{id}/assessments")
    List<Assessment> assessments(Actor actor, @PathVariable long id) {
        return records.assessments(actor, id);
    }

    @PostMapping("/elders/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Assessment assess(Actor actor, @PathVariable long id, @Valid @RequestBody AssessmentForm form) {
        return records.assess(actor, id, form);
    }

    @GetMapping("/elders/{id}/consents")
    List<Consent> consents(Actor actor, @PathVariable long id) {
        return records.consents(actor, id);
    }

    @PostMapping("/elders/{id}/consent")
    @ResponseStatus(HttpStatus.CREATED)
    Consent consent(Actor actor, @PathVariable long id, @Valid @RequestBody ConsentForm form) {
        return records.recordConsent(actor, id, form);
    }

    @DeleteMapping("/elders/{id}/consent")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the consent in force; the health notes are erased with it")
    void withdraw(Actor actor, @PathVariable long id) {
        records.withdrawConsent(actor, id);
    }

    record HealthNotes(String notes) {
    }

    @PutMapping("/elders/{id}/health-notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Replace the health notes (needs a consent in force); empty erases them")
    void healthNotes(Actor actor, @PathVariable long id, @RequestBody HealthNotes body) {
        records.setHealthNotes(actor, id, body.notes());
    }

    @PostMapping("/elders/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    ElderView.Contact addContact(Actor actor, @PathVariable long id, @Valid @RequestBody ContactForm form) {
        return records.addContact(actor, id, form);
    }

    @DeleteMapping("/elders/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeContact(Actor actor, @PathVariable long id, @PathVariable long contactId) {
        records.removeContact(actor, id, contactId);
    }

    @GetMapping("/assessment-level")
    @Operation(summary = "The total and care level of four dimension scores (GB/T 42195-2022), without saving anything")
    Map<String, Object> level(@RequestParam(required = false) Integer selfCare, @RequestParam(required = false) Integer basicMotor,
                              @RequestParam(required = false) Integer mentalState,
                              @RequestParam(required = false) Integer perceptionSocial) {
        Scores scores = new Scores(selfCare, basicMotor, mentalState, perceptionSocial).checked();
        CareLevel level = scores.level();
        return Map.of("total", scores.total(), "level", level);
    }
}
