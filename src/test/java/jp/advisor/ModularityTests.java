package jp.advisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top packages are modules: each uses only the others' public API (the base package and its named interfaces),
 * only the modules its {@code package-info.java} allows, and no cycle. The diagrams in docs/modules are written here.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(AdvisorApplication.class);
    private static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesOnlyUseTheModulesTheyAllowThroughTheirPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs(@TempDir Path written) throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Files.createDirectories(DOCS);
        try (Stream<Path> diagrams = Files.list(written)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                String stable = withRelationsSorted(Files.readAllLines(diagram, StandardCharsets.UTF_8));
                Path target = DOCS.resolve(diagram.getFileName().toString());
                // Rewritten only when the modules changed, so a test run leaves the working tree as it was.
                if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(stable)) {
                    Files.writeString(target, stable, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /**
     * The Documenter lists components and relations in hash order; with each run of consecutive component lines and of
     * relation lines sorted, the same modules give the same file.
     */
    private static String withRelationsSorted(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out) + "\n";
    }
}
