package org.lifecircle.planning.standards;

import java.util.List;
import java.util.Set;

/**
 * A row of the standards table as a planner enters it (page form and JSON alike). Codes are typed
 * as the table shows them, {@code supermarket|convenience_store}; empty codes make a row the
 * registry cannot measure. Blank minutes take the tier's walk.
 */
public class RequirementForm {

    private StandardTier tier;
    private String nameZh;
    private String nameEn;
    private String codes;
    private boolean required = true;
    private Integer minutes;
    private Integer metres;
    private String source;
    private Confidence confidence = Confidence.R;
    private String note;
    private boolean active = true;

    static RequirementForm of(Requirement r) {
        RequirementForm form = new RequirementForm();
        form.tier = r.tier();
        form.nameZh = r.nameZh();
        form.nameEn = r.nameEn();
        form.codes = r.codesText();
        form.required = r.required();
        form.minutes = r.minutes();
        form.metres = r.metres();
        form.source = r.source();
        form.confidence = r.confidence();
        form.note = r.note();
        form.active = r.active();
        return form;
    }

    List<String> codeList() {
        return ServiceCodes.parse(codes);
    }

    /** The walk the row asks for: as entered, or the tier's when left blank. */
    Integer effectiveMinutes() {
        return minutes == null && tier != null ? Integer.valueOf(tier.minutes()) : minutes;
    }

    /** Every problem at once (see {@link FieldChecks}); {@code knownCodes}: the catalogue's active codes. */
    void check(Set<String> knownCodes) {
        new FieldChecks().present("tier", tier).text("nameZh", nameZh, 100, true).text("nameEn", nameEn, 100, true)
                .codes("codes", codeList(), knownCodes, false).minutes("minutes", effectiveMinutes())
                .positiveOrEmpty("metres", metres).text("source", source, 200, true).present("confidence", confidence)
                .text("note", note, 1000, false).throwIfAny();
    }

    public StandardTier getTier() { return tier; }
    public void setTier(StandardTier tier) { this.tier = tier; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = strip(nameZh); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = strip(nameEn); }
    public String getCodes() { return codes; }
    public void setCodes(String codes) { this.codes = codes; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public Integer getMetres() { return metres; }
    public void setMetres(Integer metres) { this.metres = metres; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = strip(source); }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
