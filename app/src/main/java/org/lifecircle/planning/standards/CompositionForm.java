package org.lifecircle.planning.standards;

import java.math.BigDecimal;

/** A class's standard area as a planner corrects it, with its source. */
public class CompositionForm {

    private BigDecimal areaM2;
    private String source;
    private Confidence confidence = Confidence.V;
    private String note;

    static CompositionForm of(CompositionShare share) {
        CompositionForm form = new CompositionForm();
        form.areaM2 = share.areaM2();
        form.source = share.source();
        form.confidence = share.confidence();
        form.note = share.note();
        return form;
    }

    void check() {
        new FieldChecks().area("areaM2", areaM2).text("source", source, 200, true).present("confidence", confidence)
                .text("note", note, 1000, false).throwIfAny();
    }

    public BigDecimal getAreaM2() { return areaM2; }
    public void setAreaM2(BigDecimal areaM2) { this.areaM2 = areaM2; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source == null ? null : source.strip(); }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
}
