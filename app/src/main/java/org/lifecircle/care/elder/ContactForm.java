package org.lifecircle.care.elder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An emergency contact (紧急联系人) as entered. */
public class ContactForm {

    @NotBlank @Size(max = 60)
    private String name;
    @NotBlank @Size(max = 30)
    private String relation;
    @NotBlank @Size(max = 40)
    private String phone;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
