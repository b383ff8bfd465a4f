package jp.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.rules.RuleSetException;
import jp.advisor.rules.RuleSource;

/**
 * {@code rules publish DIR}: publishes a folder through the running service, as {@code POST /api/rules/publish} with
 * the folder as the whole candidate on its base. It goes through the service, not the database, because the service
 * alone holds the lock that turns a stale base into a 409 and runs the fixtures that may refuse the candidate.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"フォルダのルールを、動いているサービスに公開します（フォルダの内容で基の版を置き換え）。"
                + "基の版は --base、なければ rules export が書いた " + RulesPublish.BASE_FILE + "、なければ公開中の版です。",
                "Publishes a folder's rules through the running service (the folder replaces its base version). The base "
                        + "is --base, else the " + RulesPublish.BASE_FILE + " that rules export wrote, else the version in use."})
final class RulesPublish implements Callable<Integer> {

    /** Written by {@code rules export} beside the files: the version they are, so a publish from there has its base. */
    static final String BASE_FILE = ".published-version";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "公開するルールのフォルダ / the rules folder to publish")
    Path folder;

    @Option(names = "--summary", required = true, description = "変更の要約（履歴に残ります） / summary of the change, kept in the history")
    String summary;

    @Option(names = "--url", defaultValue = "http://localhost:8080",
            description = "サービスの URL（既定 ${DEFAULT-VALUE}） / the service's URL")
    String url;

    @Option(names = "--user", defaultValue = "policy", description = "利用者名（既定 ${DEFAULT-VALUE}） / user name")
    String user;

    @Option(names = "--password", arity = "0..1", interactive = true, defaultValue = "${env:ADVISOR_PASSWORD}",
            description = "パスワード（値なしなら入力を求めます。既定は環境変数 ADVISOR_PASSWORD） / password (prompted when "
                    + "given without a value; default: the ADVISOR_PASSWORD environment variable)")
    char[] password;

    @Option(names = "--base", paramLabel = "<sha256:…>",
            description = "基の版 / the base version (default: the folder's " + BASE_FILE + ", else the version in use)")
    String base;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": フォルダがありません / no such folder");
            return 1;
        }
        if (password == null || password.length == 0) {
            err.println("パスワードがありません。--password を付けるか ADVISOR_PASSWORD を設定してください"
                    + " / no password: give --password or set ADVISOR_PASSWORD");
            return 1;
        }
        Map<String, byte[]> files;
        try {
            files = RuleSource.folder(folder).files();
        } catch (RuleSetException e) {
            err.println(e.getMessage());
            return 1;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String baseVersion = base != null ? base : baseOfFolder();
            if (baseVersion == null) {
                HttpResponse<String> current = http.send(request("/api/rules").GET().build(), utf8());
                if (current.statusCode() != 200) {
                    return failed(current, err);
                }
                baseVersion = JSON.readTree(current.body()).path("version").asString();
                err.println("基の版：公開中の " + baseVersion + "（フォルダに " + BASE_FILE + " がありません） / base: the version in"
                        + " use, " + baseVersion + " (the folder has no " + BASE_FILE + ")");
            }
            HttpResponse<String> r = http.send(request("/api/rules/publish")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(candidate(baseVersion, files))))
                    .build(), utf8());
            if (r.statusCode() != 201) {
                return failed(r, err);
            }
            JsonNode published = JSON.readTree(r.body());
            out.println("#" + published.path("id").asLong() + "  " + published.path("version").asString() + "  "
                    + published.path("summary").asString());
            for (JsonNode warning : published.path("warnings")) {
                err.println("警告 / warning: " + (warning.isString() ? warning.asString() : warning.toString()));
            }
            out.flush();
            return 0;
        } catch (ConnectException e) {
            err.println(url + " に接続できません（サービスは動いていますか） / cannot connect to " + url + " (is the service running?)");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("--url " + url + ": " + e.getMessage());
            return 1;
        }
    }

    private String baseOfFolder() throws IOException {
        Path file = folder.resolve(BASE_FILE);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
    }

    /** The folder as the whole candidate: text files as text, workbooks in base64, every other file of the base removed. */
    private Map<String, Object> candidate(String baseVersion, Map<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        Map<String, String> binary = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".xlsx")) {
                binary.put(name, Base64.getEncoder().encodeToString(bytes));
            } else {
                text.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("base", baseVersion);
        body.put("files", text);
        body.put("filesBase64", binary);
        body.put("replaceAll", true);
        body.put("summary", summary);
        return body;
    }

    private HttpRequest.Builder request(String path) {
        String credentials = user + ":" + new String(password);
        return HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + path))
                .timeout(Duration.ofMinutes(5)) // publish runs every fixture and the strength check
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse.BodyHandler<String> utf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    /** The service's problem answer as it came (it names every problem with its place), after one line saying what it is. */
    private static int failed(HttpResponse<String> r, PrintWriter err) {
        String what = switch (r.statusCode()) {
            case 401 -> "利用者名かパスワードが違います / wrong user name or password";
            case 403 -> "公開する権限がありません / this user may not publish";
            case 409 -> "基の版はもう公開中の版ではありません。最新版を書き出して編集し直してください"
                    + " / the base is no longer the version in use: export the latest and edit that";
            case 422 -> "公開できません（下の問題を直してください） / not published (fix the problems below)";
            default -> "サービスの応答 / the service answered " + r.statusCode();
        };
        err.println(what);
        try {
            err.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(r.body())));
        } catch (JacksonException e) {
            err.println(r.body());
        }
        return 1;
    }
}
