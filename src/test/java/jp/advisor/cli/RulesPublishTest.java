package jp.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.FrozenRules;

/**
 * {@code rules publish DIR} against the running service: the folder replaces its base, a stale base and a bad
 * password are refused with what to do, and a broken file is refused with its place, the set in use unchanged.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "advisor.fixtures.dir=src/test/resources/publishing-fixtures")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RulesPublishTest {

    private static final String PASSWORD = "test-policy-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void publishesTheFolderAsTheWholeSetOnTheVersionInUse() throws Exception {
        Path folder = frozenCopy();
        edit(folder.resolve("policy.drl"), "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        Files.delete(folder.resolve("review-years.drl"));

        var r = publish(folder, "目標値方式に変更", PASSWORD);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("#2  sha256:").contains("目標値方式に変更");
        assertThat(r.err()).contains("基の版：公開中の");
        JsonNode current = get("/api/rules");
        assertThat(current.get("files").toString()).doesNotContain("review-years.drl").contains("policy.drl");
        assertThat(get("/api/rules/versions")).hasSize(2);
    }

    @Test
    void aFolderExportedFromAnOlderVersionIsRefusedAsStale() throws Exception {
        String seed = get("/api/rules").get("version").asString();
        Path first = frozenCopy();
        edit(first.resolve("policy.drl"), "\"trajectory\", 0.0", "\"target-reached\", 0.0");
        Files.writeString(first.resolve(RulesPublish.BASE_FILE), seed + "\n");
        assertThat(publish(first, "一人目", PASSWORD).exit()).isZero();

        Path second = Files.createDirectory(dir.resolve("second"));
        copyFrozenTo(second);
        Files.writeString(second.resolve(RulesPublish.BASE_FILE), seed + "\n");
        var r = publish(second, "二人目", PASSWORD);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("基の版はもう公開中の版ではありません").contains("409");
        assertThat(get("/api/rules/versions")).hasSize(2);
    }

    @Test
    void aBrokenFileIsRefusedWithItsPlaceAndTheSetInUseStays() throws Exception {
        String before = get("/api/rules").get("version").asString();
        Path folder = frozenCopy();
        Files.writeString(folder.resolve("broken.drl"), "package advisor;\n\nrule \"壊れた\"\nwhen\n    x(\nthen\nend\n");

        var r = publish(folder, "壊れた規則", PASSWORD);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("公開できません").contains("broken.drl");
        assertThat(get("/api/rules").get("version").asString()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordSaysSo() throws Exception {
        var r = publish(frozenCopy(), "x", "wrong");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("利用者名かパスワードが違います");
        assertThat(get("/api/rules/versions")).hasSize(1);
    }

    @Test
    void aServiceThatIsNotRunningIsNamed() throws Exception {
        var r = EvaluateCommandTest.runAsWritten("rules", "publish", frozenCopy().toString(), "--summary", "x",
                "--url", "http://localhost:1", "--password", PASSWORD);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("http://localhost:1 に接続できません");
    }

    private EvaluateCommandTest.Result publish(Path folder, String summary, String password) {
        return EvaluateCommandTest.runAsWritten("rules", "publish", folder.toString(), "--summary", summary,
                "--url", "http://localhost:" + port, "--password", password);
    }

    private Path frozenCopy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rules"));
        copyFrozenTo(folder);
        return folder;
    }

    private static void copyFrozenTo(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(FrozenRules.RULES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("policy:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return JSON.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
