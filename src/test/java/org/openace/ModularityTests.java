package org.openace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
    void writesTheModuleDiagramsIntoTheDocs() throws IOException {
        Path folder = Path.of("docs/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, withRelationsSorted(Files.readAllLines(file)));
            }
        }
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Identity").contains("Audit");
    }

    /** The documenter lists relations in no fixed order; sorted, the diagrams change only when the graph does. */
    static List<String> withRelationsSorted(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            if (!relations.isEmpty()) {
                relations.sort(null);
                result.addAll(relations);
                relations.clear();
            }
            result.add(line);
        }
        relations.sort(null);
        result.addAll(relations);
        return result;
    }
}
