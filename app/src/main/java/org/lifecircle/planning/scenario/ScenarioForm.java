package org.lifecircle.planning.scenario;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A scenario's name (unique) and description. */
public class ScenarioForm {

    @NotBlank @Size(max = 150)
    private String name;
    @Size(max = 1000)
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }
}
