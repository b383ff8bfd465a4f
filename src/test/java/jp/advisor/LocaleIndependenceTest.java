package jp.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same submission gives byte-identical results under LANG=C and a UTF-8 locale, with no -Dfile.encoding. */
class LocaleIndependenceTest {

    @Test
    void evaluationIsTheSameUnderCLocaleAsUnderUtf8(@TempDir Path dir) throws Exception {
        byte[] c = evaluateInChildJvm("C", dir.resolve("c.json"));
        byte[] utf8 = evaluateInChildJvm("C.UTF-8", dir.resolve("utf8.json"));
        assertThat(new String(c, java.nio.charset.StandardCharsets.UTF_8)).contains("今年度の目安44.6%");
        assertThat(new String(c, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    }

    static byte[] evaluateInChildJvm(String locale, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                AdvisorApplication.class.getName(), "evaluate", "fixtures/submissions/taisho-ward-fy2016.json",
                "--rules", FrozenRules.RULES.toString(), "--out", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.put("LANG", locale);
        env.put("LC_ALL", locale);
        Process p = pb.start();
        int exit = p.waitFor();
        assertThat(exit).as(Files.readString(out.resolveSibling(out.getFileName() + ".log"))).isZero();
        return Files.readAllBytes(out);
    }
}
