package org.lifecircle.planning.standards;

import java.util.List;
import java.util.Set;

import org.lifecircle.atlas.ServiceClass;

/** A basic function as a planner corrects it: its names, class, catalogue codes (at least one) and source. */
public class CenterFunctionForm {

    private String nameZh;
    private String nameEn;
    private ServiceClass serviceClass;
    private String codes;
    private String source;
    private Confidence confidence = Confidence.R;
    private String note;
    private boolean active = true;

    static CenterFunctionForm of(CenterFunction f) {
        CenterFunctionForm form = new CenterFunctionForm();
        form.nameZh = f.nameZh();
        form.nameEn = f.nameEn();
        form.serviceClass = f.serviceClass();
        form.codes = f.codesText();
        form.source = f.source();
        form.confidence = f.confidence();
        form.note = f.note();
        form.active = f.active();
        return form;
    }

    List<String> codeList() {
        return ServiceCodes.parse(codes);
    }

    void check(Set<String> knownCodes) {
        new FieldChecks().text("nameZh", nameZh, 100, true).text("nameEn", nameEn, 100, true)
                .present("serviceClass", serviceClass).codes("codes", codeList(), knownCodes, true)
                .text("source", source, 200, true).present("confidence", confidence).text("note", note, 1000, false)
                .throwIfAny();
    }

    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh == null ? null : nameZh.strip(); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn == null ? null : nameEn.strip(); }
    public ServiceClass getServiceClass() { return serviceClass; }
    public void setServiceClass(ServiceClass serviceClass) { this.serviceClass = serviceClass; }
    public String getCodes() { return codes; }
    public void setCodes(String codes) { this.codes = codes; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source == null ? null : source.strip(); }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note == null || note.isBlank() ? null : note.strip(); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
