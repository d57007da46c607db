package org.lifecircle.care.elder;

import java.util.List;

import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.care.privacy.Binding;
import org.lifecircle.care.privacy.BlindIndex;
import org.lifecircle.care.privacy.FieldCipher;
import org.lifecircle.care.privacy.Masks;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is kept about an elder besides the register entry: ability assessments, the separate consent and the health
 * notes it allows, emergency contacts. Same scope rules as {@link ElderService} ({@link ElderScope}).
 */
@Service
public class ElderRecords {

    private final ElderRepository elders;
    private final ElderScope scope;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final AuditLog audit;

    ElderRecords(ElderRepository elders, ElderScope scope, FieldCipher cipher, BlindIndex index, AuditLog audit) {
        this.elders = elders;
        this.scope = scope;
        this.cipher = cipher;
        this.index = index;
        this.audit = audit;
    }

    @Transactional
    public Assessment assess(Actor actor, long id, AssessmentForm form) {
        scope.manageable(actor, id);
        if (form.getAssessedOn() != null && form.getAssessedOn().isAfter(ElderService.today())) {
            throw new InvalidInputException("assessedOn", "care.assessment.future");
        }
        int total = form.scores().total();
        CareLevel level = CareLevel.ofTotal(total);
        long assessment = elders.insertAssessment(id, form, total, level, actor.username());
        List<Assessment> all = elders.assessments(id); // latest first: it sets the level, whichever was entered now
        elders.setCareLevel(id, all.get(0).level(), all.get(0).assessedOn());
        audit.record(actor, "care.elder.assessed", "elder", id, "total " + total + ", " + level);
        return all.stream().filter(a -> a.id() == assessment).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(Actor actor, long id) {
        scope.visible(actor, id);
        return elders.assessments(id);
    }

    @Transactional
    public Consent recordConsent(Actor actor, long id, ConsentForm form) {
        scope.manageable(actor, id);
        elders.lock(id);
        if (form.getGivenBy() == Consent.GivenBy.GUARDIAN && (form.getGuardianName() == null || form.getGuardianName().isBlank())) {
            throw new InvalidInputException("guardianName", "care.consent.guardian.required");
        }
        if (form.getGivenOn().isAfter(ElderService.today())) {
            throw new InvalidInputException("givenOn", "care.consent.future");
        }
        if (elders.consentInForce(id).isPresent()) {
            throw new InvalidInputException("givenBy", "care.consent.alreadyInForce");
        }
        elders.insertConsent(id, form, actor.username());
        audit.record(actor, "care.consent.given", "elder", id, form.getGivenBy() + ": " + form.getPurpose().strip());
        return elders.consentInForce(id).orElseThrow();
    }

    /** Withdrawing consent erases the health notes it allowed, in the same transaction (PIPL art. 15, 47). */
    @Transactional
    public void withdrawConsent(Actor actor, long id) {
        scope.manageable(actor, id);
        elders.lock(id);
        if (!elders.withdrawConsent(id, actor.username())) {
            throw new InvalidInputException("consent", "care.consent.noneToWithdraw");
        }
        elders.setHealthNotes(id, null);
        audit.record(actor, "care.consent.withdrawn", "elder", id, "health notes erased");
    }

    @Transactional(readOnly = true)
    public List<Consent> consents(Actor actor, long id) {
        scope.visible(actor, id);
        return elders.consents(id);
    }

    /** @param notes the new notes, replacing the old; blank erases them. Needs a consent in force. */
    @Transactional
    public void setHealthNotes(Actor actor, long id, String notes) {
        scope.manageable(actor, id);
        elders.lock(id);
        boolean erase = notes == null || notes.isBlank();
        if (!erase && elders.consentInForce(id).isEmpty()) {
            throw new InvalidInputException("healthNotes", "care.healthNotes.noConsent");
        }
        if (!erase && notes.strip().length() > 2000) {
            throw new InvalidInputException("healthNotes", "care.healthNotes.tooLong", 2000);
        }
        elders.setHealthNotes(id, erase ? null : cipher.encrypt(notes.strip(), new Binding("elder", "health_notes", id)));
        audit.record(actor, erase ? "care.healthNotes.erased" : "care.healthNotes.updated", "elder", id, null);
    }

    @Transactional
    public ElderView.Contact addContact(Actor actor, long id, ContactForm form) {
        scope.manageable(actor, id);
        String phone = PhoneNumber.parse(form.getPhone(), "phone");
        long contact = elders.nextContactId();
        elders.insertContact(contact, id, form.getName().strip(), form.getRelation().strip(),
                cipher.encrypt(phone, new Binding("elder_contact", "phone", contact)),
                index.of(BlindIndex.Kind.PHONE, phone), index.of(BlindIndex.Kind.PHONE_LAST4, PhoneNumber.lastFour(phone)));
        audit.record(actor, "care.contact.added", "elder", id, form.getName().strip() + " (" + form.getRelation().strip() + ")");
        return new ElderView.Contact(contact, form.getName().strip(), form.getRelation().strip(), Masks.phone(phone));
    }

    @Transactional
    public void removeContact(Actor actor, long id, long contactId) {
        scope.manageable(actor, id);
        if (!elders.deleteContact(id, contactId)) {
            throw new NotFoundException("care.contact", contactId);
        }
        audit.record(actor, "care.contact.removed", "elder", id, "contact " + contactId);
    }
}
