package org.lifecircle;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module boundaries true: no cycles between modules, and no module reaching into
 * another's internal packages. Writes the module documentation (PlantUML) to target/.
 */
class ModularityTests {

    // the engine is a plain library the app uses, not one of the app's modules
    private final ApplicationModules modules = ApplicationModules.of(LifeCircleApplication.class,
            JavaClass.Predicates.resideInAPackage("org.lifecircle.engine.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
