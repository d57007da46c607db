package org.lifecircle.atlas.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lifecircle.atlas.ServiceClass;

/** A category as planners edit it; the code is fixed once facilities use it. */
public record CategoryForm(@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z][a-z0-9_]*") String code,
                           Long parentId,
                           @NotBlank @Size(max = 100) String nameZh,
                           @NotBlank @Size(max = 100) String nameEn,
                           ServiceClass serviceClass, int sortOrder, boolean active) {
}
