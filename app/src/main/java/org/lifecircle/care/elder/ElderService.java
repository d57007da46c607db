package org.lifecircle.care.elder;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.atlas.division.Community;
import org.lifecircle.atlas.division.DivisionService;
import org.lifecircle.care.PhoneNumber;
import org.lifecircle.care.assessment.CareLevel;
import org.lifecircle.care.privacy.Access;
import org.lifecircle.care.privacy.AccessLog;
import org.lifecircle.care.privacy.Binding;
import org.lifecircle.care.privacy.BlindIndex;
import org.lifecircle.care.privacy.FieldCipher;
import org.lifecircle.care.privacy.Masks;
import org.lifecircle.care.privacy.RevealPolicy;
import org.lifecircle.care.privacy.SensitiveField;
import org.lifecircle.care.privacy.UnreadableValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.lifecircle.care.station.StationService;
import org.lifecircle.identity.Actor;
import org.lifecircle.identity.AuditLog;
import org.lifecircle.identity.Role;
import org.lifecircle.shared.InvalidInputException;
import org.lifecircle.shared.NotFoundException;
import org.lifecircle.shared.Paged;
import org.lifecircle.shared.text.Pinyin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elders and their records. Every method takes the acting {@link Actor} and applies the same rules:
 * <ul>
 * <li>who sees an elder at all: {@code Actor.canSeeElder} (dispatch center, the community's staff, the station's
 * caregivers), plus district administrators, masked only; anyone else is told the elder does not exist (404), since
 * even that an elder is registered is personal information;</li>
 * <li>who keeps the record: {@code Actor.canManageElder} (dispatch center, the community's staff);</li>
 * <li>what is unmasked: only fields asked for and allowed by {@link RevealPolicy}, each read logged.</li>
 * </ul>
 */
@Service
public class ElderService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(ElderService.class);

    private final ElderRepository elders;
    private final FieldCipher cipher;
    private final BlindIndex index;
    private final AccessLog accessLog;
    private final AuditLog audit;
    private final CompoundService compounds;
    private final StationService stations;
    private final DivisionService divisions;

    ElderService(ElderRepository elders, FieldCipher cipher, BlindIndex index, AccessLog accessLog, AuditLog audit,
                 CompoundService compounds, StationService stations, DivisionService divisions) {
        this.divisions = divisions;
        this.elders = elders;
        this.cipher = cipher;
        this.index = index;
        this.accessLog = accessLog;
        this.audit = audit;
        this.compounds = compounds;
        this.stations = stations;
    }

    /** The elders in the actor's scope, masked, by pinyin; {@code query} as {@link ElderSearch} reads it. */
    @Transactional(readOnly = true)
    public Paged<ElderListItem> find(Actor actor, String query, Paged.Request page) {
        Long community = null;
        Long station = null;
        if (actor.is(Role.COMMUNITY_STAFF)) {
            community = actor.communityId();
        } else if (actor.is(Role.CAREGIVER)) {
            station = actor.careStationId();
        } else if (!actor.is(Role.CARE_DISPATCHER) && !actor.isAdmin()) {
            throw new AccessDeniedException("elders are visible to the care roles only");
        }
        LocalDate today = today();
        // names from atlas' services, once per page, never from its tables
        Map<Long, String> communityNames = divisions.communities(null).stream()
                .collect(Collectors.toMap(Community::id, Community::name));
        Map<Long, String> compoundNames = compounds.all().stream().collect(Collectors.toMap(Compound::id, Compound::name));
        return elders.find(community, station, ElderSearch.of(query, index), page)
                .map(found -> found.withPlaceNames(communityNames.get(found.communityId()), compoundNames.get(found.compoundId())))
                .map(row -> new ElderListItem(row.id(),
                row.name(), row.sex(), age(row, today), maskedPhone(row), Masks.address(row.compoundName(), row.building()),
                row.stationName(), row.communityName(), row.careLevel()));
    }

    /**
     * One elder, masked except for {@code reveal}; a non-empty reveal is written to the access log in the same
     * transaction.
     *
     * @throws AccessDeniedException if the actor's role may not unmask one of the fields (nothing is logged)
     */
    @Transactional
    public ElderView get(Actor actor, long id, Set<SensitiveField> reveal, Access access) {
        ElderRow row = visible(actor, id);
        Set<SensitiveField> allowed = RevealPolicy.allowed(actor);
        if (!allowed.containsAll(reveal)) {
            throw new AccessDeniedException("role " + actor.role() + " may not reveal " + reveal);
        }
        if (!reveal.isEmpty()) {
            accessLog.record(actor, row.id(), row.name(), row.communityId(), reveal, access);
        }
        return view(row, reveal, allowed);
    }

    @Transactional
    public ElderView create(Actor actor, ElderForm form) {
        Compound compound = compound(form);
        requireManager(actor, compound.communityId());
        long id = elders.nextId();
        Map<String, Object> columns = columns(form, compound);
        IdCardNumber number = parseIdNumber(form.getIdNumber(), null);
        putIdNumber(columns, id, number);
        putPhone(columns, id, form.getPhone());
        if (form.getAddress() == null || form.getAddress().isBlank()) {
            throw new InvalidInputException("address", "care.elder.address.required");
        }
        columns.put("addressEnc", cipher.encrypt(form.getAddress().strip(), new Binding("elder", "address", id)));
        elders.insert(id, columns);
        audit.record(actor, "care.elder.created", "elder", id, form.getName().strip());
        return view(withPlaceNames(elders.get(id).orElseThrow()), Set.of(), RevealPolicy.allowed(actor));
    }

    /** Empty personal fields keep what is stored (the edit form never shows them). */
    @Transactional
    public ElderView update(Actor actor, long id, ElderForm form) {
        ElderRow before = manageable(actor, id);
        Compound compound = compound(form);
        requireManager(actor, compound.communityId());
        Map<String, Object> columns = columns(form, compound);
        if (form.getIdNumber() != null && !form.getIdNumber().isBlank()) {
            putIdNumber(columns, id, parseIdNumber(form.getIdNumber(), id));
        }
        if (form.getPhone() != null && !form.getPhone().isBlank()) {
            putPhone(columns, id, form.getPhone());
        } else if (form.isClearPhone()) {
            putPhone(columns, id, null);
        }
        if (form.getAddress() != null && !form.getAddress().isBlank()) {
            columns.put("addressEnc", cipher.encrypt(form.getAddress().strip(), new Binding("elder", "address", id)));
        }
        elders.update(id, columns);
        audit.record(actor, "care.elder.updated", "elder", id, before.name() + changedFields(columns));
        return view(withPlaceNames(elders.get(id).orElseThrow()), Set.of(), RevealPolicy.allowed(actor));
    }

    @Transactional
    public Assessment assess(Actor actor, long id, AssessmentForm form) {
        manageable(actor, id);
        if (form.getAssessedOn() != null && form.getAssessedOn().isAfter(today())) {
            throw new InvalidInputException("assessedOn", "care.assessment.future");
        }
        int total = form.scores().total();
        CareLevel level = CareLevel.ofTotal(total);
        long assessment = elders.insertAssessment(id, form, total, level, actor.username());
        Assessment latest = elders.assessments(id).get(0);
        elders.setCareLevel(id, latest.level(), latest.assessedOn());
        audit.record(actor, "care.elder.assessed", "elder", id, "total " + total + ", " + level);
        return elders.assessments(id).stream().filter(a -> a.id() == assessment).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(Actor actor, long id) {
        visible(actor, id);
        return elders.assessments(id);
    }

    @Transactional
    public Consent recordConsent(Actor actor, long id, ConsentForm form) {
        manageable(actor, id);
        elders.lock(id);
        if (form.getGivenBy() == Consent.GivenBy.GUARDIAN && (form.getGuardianName() == null || form.getGuardianName().isBlank())) {
            throw new InvalidInputException("guardianName", "care.consent.guardian.required");
        }
        if (form.getGivenOn().isAfter(today())) {
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
        manageable(actor, id);
        elders.lock(id);
        if (!elders.withdrawConsent(id, actor.username())) {
            throw new InvalidInputException("consent", "care.consent.none");
        }
        elders.setHealthNotes(id, null);
        audit.record(actor, "care.consent.withdrawn", "elder", id, "health notes erased");
    }

    @Transactional(readOnly = true)
    public List<Consent> consents(Actor actor, long id) {
        visible(actor, id);
        return elders.consents(id);
    }

    /** @param notes the new notes, replacing the old; blank erases them. Needs a consent in force. */
    @Transactional
    public void setHealthNotes(Actor actor, long id, String notes) {
        manageable(actor, id);
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
        manageable(actor, id);
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
        manageable(actor, id);
        if (!elders.deleteContact(id, contactId)) {
            throw new NotFoundException("care.contact", contactId);
        }
        audit.record(actor, "care.contact.removed", "elder", id, "contact " + contactId);
    }

    // --- scope ---

    private ElderRow visible(Actor actor, long id) {
        ElderRow row = elders.get(id).orElseThrow(() -> new NotFoundException("care.elder", id));
        if (!actor.canSeeElder(row.communityId(), row.stationId()) && !actor.isAdmin()) {
            throw new NotFoundException("care.elder", id);
        }
        return withPlaceNames(row);
    }

    private ElderRow withPlaceNames(ElderRow row) {
        Compound compound = compounds.get(row.compoundId());
        return row.withPlaceNames(compound.communityName(), compound.name());
    }

    private ElderRow manageable(Actor actor, long id) {
        ElderRow row = visible(actor, id);
        requireManager(actor, row.communityId());
        return row;
    }

    private static void requireManager(Actor actor, long communityId) {
        if (!actor.canManageElder(communityId)) {
            throw new AccessDeniedException("elders of community " + communityId + " are not kept by this account");
        }
    }

    // --- input ---

    private Compound compound(ElderForm form) {
        try {
            return compounds.get(form.getCompoundId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("compoundId", "care.elder.compound.unknown", form.getCompoundId());
        }
    }

    private Map<String, Object> columns(ElderForm form, Compound compound) {
        try {
            stations.get(form.getStationId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("stationId", "care.elder.station.unknown", form.getStationId());
        }
        String name = form.getName().strip();
        Map<String, Object> columns = new HashMap<>();
        columns.put("station", form.getStationId());
        columns.put("community", compound.communityId());
        columns.put("compound", compound.id());
        columns.put("name", name);
        columns.put("sort", Pinyin.sortKey(name));
        columns.put("initials", Pinyin.initials(name));
        columns.put("building", form.getBuilding() == null || form.getBuilding().isBlank() ? null : form.getBuilding().strip());
        return columns;
    }

    private IdCardNumber parseIdNumber(String text, Long exceptId) {
        IdCardNumber number = IdCardNumber.parse(text, "idNumber", today());
        if (elders.idNumberTaken(index.of(BlindIndex.Kind.ID_NUMBER, number.value()), exceptId)) {
            throw new InvalidInputException("idNumber", "care.idNumber.duplicate");
        }
        return number;
    }

    private void putIdNumber(Map<String, Object> columns, long id, IdCardNumber number) {
        columns.put("birth", number.birthDate());
        columns.put("sex", number.sex().name());
        columns.put("idEnc", cipher.encrypt(number.value(), new Binding("elder", "id_number", id)));
        columns.put("idIndex", index.of(BlindIndex.Kind.ID_NUMBER, number.value()));
    }

    private void putPhone(Map<String, Object> columns, long id, String text) {
        if (text == null || text.isBlank()) {
            columns.put("phoneEnc", null);
            columns.put("phoneIndex", null);
            columns.put("phoneLast4", null);
            return;
        }
        String phone = PhoneNumber.parse(text, "phone");
        columns.put("phoneEnc", cipher.encrypt(phone, new Binding("elder", "phone", id)));
        columns.put("phoneIndex", index.of(BlindIndex.Kind.PHONE, phone));
        columns.put("phoneLast4", index.of(BlindIndex.Kind.PHONE_LAST4, PhoneNumber.lastFour(phone)));
    }

    private static String changedFields(Map<String, Object> columns) {
        StringBuilder changed = new StringBuilder();
        if (columns.containsKey("idEnc")) {
            changed.append(", ID number replaced");
        }
        if (columns.containsKey("phoneEnc")) {
            changed.append(columns.get("phoneEnc") == null ? ", phone removed" : ", phone replaced");
        }
        if (columns.containsKey("addressEnc")) {
            changed.append(", address replaced");
        }
        return changed.toString();
    }

    // --- output ---

    private ElderView view(ElderRow row, Set<SensitiveField> reveal, Set<SensitiveField> revealable) {
        String idNumber = cipher.decrypt(row.idNumberEnc(), new Binding("elder", "id_number", row.id()));
        String phone = phone(row);
        boolean showId = reveal.contains(SensitiveField.ID_NUMBER);
        boolean showContacts = reveal.contains(SensitiveField.CONTACTS);
        List<ElderView.Contact> contacts = elders.contacts(row.id()).stream().map(c -> {
            String contactPhone = cipher.decrypt(c.phoneEnc(), new Binding("elder_contact", "phone", c.id()));
            return new ElderView.Contact(c.id(), c.name(), c.relation(), showContacts ? contactPhone : Masks.phone(contactPhone));
        }).toList();
        String healthNotes = reveal.contains(SensitiveField.HEALTH_NOTES)
                ? cipher.decrypt(row.healthNotesEnc(), new Binding("elder", "health_notes", row.id())) : null;
        return new ElderView(row.id(), row.name(), row.nameInitials(), row.sex(), age(row, today()),
                showId ? row.birthDate() : null, showId ? idNumber : Masks.idNumber(idNumber),
                reveal.contains(SensitiveField.PHONE) ? phone : Masks.phone(phone),
                reveal.contains(SensitiveField.ADDRESS)
                        ? cipher.decrypt(row.addressEnc(), new Binding("elder", "address", row.id()))
                        : Masks.address(row.compoundName(), row.building()),
                row.healthNotesEnc() != null, healthNotes,
                new ElderView.Place(row.stationId(), row.stationName()),
                new ElderView.Place(row.communityId(), row.communityName()),
                new ElderView.Place(row.compoundId(), row.compoundName()), row.building(), row.careLevel(),
                row.assessedOn(), elders.consentInForce(row.id()).orElse(null), contacts,
                reveal.isEmpty() ? EnumSet.noneOf(SensitiveField.class) : EnumSet.copyOf(reveal),
                revealable.isEmpty() ? EnumSet.noneOf(SensitiveField.class) : EnumSet.copyOf(revealable));
    }

    private String phone(ElderRow row) {
        return cipher.decrypt(row.phoneEnc(), new Binding("elder", "phone", row.id()));
    }

    /**
     * The masked phone of a list line. A value that does not decrypt (tampered with, moved from another row) must not
     * take the whole list down with it: the line shows it as unreadable and the log says which row; revealing it
     * still fails loudly.
     */
    private String maskedPhone(ElderRow row) {
        try {
            return Masks.phone(phone(row));
        } catch (UnreadableValueException e) {
            log.error("{}: shown as unreadable in a list", e.getMessage());
            return Masks.UNREADABLE;
        }
    }

    private static int age(ElderRow row, LocalDate today) {
        return Period.between(row.birthDate(), today).getYears();
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
