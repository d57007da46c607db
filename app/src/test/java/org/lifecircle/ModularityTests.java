package org.lifecircle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true: no cycles between modules, and no module reaching into
 * another's internal packages. Writes the module documentation (PlantUML) to target/.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(LifeCircleApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
