package jp.advisor.ui.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture cases that pin a rule file: {@code <advisor.fixtures.dir>/rules/<file name>/*.json}, as the check runs
 * them ({@link jp.advisor.policy.FixtureRunner}), each with the description its author wrote.
 */
final class FixtureCases {

    /**
     * One case.
     *
     * @param name        its name as the check reports it ({@code rules/withdrawal.drl/x.json})
     * @param file        the case file's name
     * @param description what it pins, or null when the case says nothing (or cannot be read: the check says why)
     */
    record Case(String name, String file, String description) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path fixtures;

    FixtureCases(Path fixtures) {
        this.fixtures = fixtures;
    }

    /** The cases of a rule file of the set in use, in name order; none when it has no folder. */
    List<Case> of(String ruleFile) {
        Path folder = fixtures.resolve("rules").resolve(ruleFile).normalize();
        if (!folder.startsWith(fixtures.resolve("rules").normalize()) || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(p -> new Case("rules/" + ruleFile + "/" + p.getFileName(), p.getFileName().toString(),
                            description(p)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String description(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file)).path("description");
            return node.isString() ? node.asString() : null;
        } catch (IOException | JacksonException e) {
            return null;
        }
    }
}
