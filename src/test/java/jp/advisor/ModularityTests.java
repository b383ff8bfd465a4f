package jp.advisor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top packages are modules: each uses only the others' public API (the base package and its named interfaces),
 * only the modules its {@code package-info.java} allows, and no cycle. The diagrams in docs/modules are written here.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(AdvisorApplication.class);

    @Test
    void modulesOnlyUseTheModulesTheyAllowThroughTheirPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
