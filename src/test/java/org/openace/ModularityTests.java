package org.openace;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module graph: one module per capability, no cycles, no module reaching into another's internals. Also writes
 * the module diagrams (PlantUML) and module canvases into {@code docs/modules}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(OpenAceApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("audit", "identity", "notification", "platform", "site");
    }

    @Test
    void writesTheModuleDiagramsIntoTheDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
