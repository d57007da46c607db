package org.lifecircle.care.elder;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifecircle.atlas.compound.Compound;
import org.lifecircle.atlas.compound.CompoundService;
import org.lifecircle.care.PhoneNumber;
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
 * The register of elders: finding, reading (masked unless revealed), registering and editing them. Who sees and who
 * keeps an elder is {@link ElderScope}'s rule; what is unmasked is only what was asked for and {@link RevealPolicy}
 * allows, each read logged. Assessments, consent, health notes and contacts are {@link ElderRecords}.
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
    private final ElderScope scope;

    ElderService(ElderRepository elders, FieldCipher cipher, BlindIndex index, AccessLog accessLog, AuditLog audit,
                 CompoundService compounds, StationService stations, ElderScope scope) {
        this.scope = scope;
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
        // names from atlas' services, once per page, never from its tables (a compound carries its community's name)
        Map<Long, Compound> places = compounds.all().stream().collect(Collectors.toMap(Compound::id, Function.identity()));
        return elders.find(community, station, ElderSearch.of(query, index), page)
                .map(found -> found.withPlaceNames(places.get(found.compoundId()).communityName(),
                        places.get(found.compoundId()).name()))
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
        return revealed(actor, scope.visible(actor, id), reveal, access);
    }

    /**
     * One elder for the caregiver assigned to visit them, masked except for {@code reveal}, logged like {@link #get}.
     * The caller (the visit module) has checked the assignment: dispatch may send a caregiver to an elder of another
     * station, whom the station rule of {@link ElderScope} would hide.
     */
    @Transactional
    public ElderView forAssignedVisit(Actor actor, long id, Set<SensitiveField> reveal, Access access) {
        if (!actor.is(Role.CAREGIVER)) {
            throw new AccessDeniedException("for the assigned caregiver");
        }
        return revealed(actor, scope.withPlaceNames(elders.get(id).orElseThrow(() -> new NotFoundException("care.elder", id))),
                reveal, access);
    }

    /** The elder masked except for {@code reveal}, which the role must be allowed and which is logged. */
    private ElderView revealed(Actor actor, ElderRow row, Set<SensitiveField> reveal, Access access) {
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
        ElderScope.requireManager(actor, compound.communityId());
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
        return view(scope.withPlaceNames(elders.get(id).orElseThrow()), Set.of(), RevealPolicy.allowed(actor));
    }

    /** Empty personal fields keep what is stored (the edit form never shows them). */
    @Transactional
    public ElderView update(Actor actor, long id, ElderForm form) {
        ElderRow before = scope.manageable(actor, id);
        Compound compound = compound(form);
        ElderScope.requireManager(actor, compound.communityId());
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
        return view(scope.withPlaceNames(elders.get(id).orElseThrow()), Set.of(), RevealPolicy.allowed(actor));
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
