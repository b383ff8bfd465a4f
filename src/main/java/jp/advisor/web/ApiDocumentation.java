package jp.advisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import java.nio.file.Path;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.evaluation.Evaluation;
import jp.advisor.evaluation.Evaluator;
import jp.advisor.rules.ActiveRules;
import jp.advisor.submission.SubmissionReader;

/**
 * The API as OpenAPI ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), in Japanese with English beside:
 * the title and description, one tag per controller, the problem responses each operation may give (RFC 9457
 * {@code ProblemDetail}), and for {@code POST /api/evaluations} a small one-strategy submission with the evaluation
 * the rules in use give it (evaluated when the document is first asked for, so the example answer is never stale
 * against the contract).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String EXAMPLE_RESOURCE = "openapi/evaluation-example.json";
    static final String EXAMPLE_NAME = "一つの戦略 / one strategy";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String BASIC_AUTH = "basicAuth";
    static final String USER_EXAMPLE_NAME = "区の職員 / a ward clerk";
    static final String TRANSITION_EXAMPLE_NAME = "差戻し / return to the ward";
    static final String DISPOSITION_EXAMPLE_NAME = "説明あり / explained";
    static final String CANDIDATE_EXAMPLE_NAME = "判定方式の変更 / a change of the judging policy";
    /** What a candidate's example changes: policy.drl choosing the improvement policy (rules/policy.drl explains). */
    static final String CANDIDATE_POLICY_DRL = """
            package advisor;

            import jp.advisor.facts.JudgingPolicy;

            rule "判定方式：前年度値より改善していれば A（改善方式）"
                salience 100
            when
                not JudgingPolicy()
            then
                insert(new JudgingPolicy("improvement", 0.0));
            end
            """;

    /** Each controller's tag, by the controller's simple class name; the test fails for a controller not named here. */
    static final Map<String, Tag> TAGS = tags(
            "EvaluationController", "評価 / Evaluation",
            "提出データ（一組織・一年度）を評価し、各評価セルの提案と理由を返します / evaluates one submission and suggests every rating cell with why",
            "ReviewController", "レビュー / Review",
            "複数の提出データの自己評価の矛盾を一覧にします（JSON, CSV, HTML, XLSX） / lists self-assessments that contradict the numbers",
            "StoredReviewController", "保管データのレビュー / Stored review",
            "年度の保管済み提出（最新版）のレビュー。前年度と比較し、指摘への判断（要修正・説明あり・誤検知）つき（REVIEWER, POLICY, ADMIN） / the review of a year's stored submissions (newest revisions), compared with the year before, with reviewers' dispositions (roles REVIEWER, POLICY, ADMIN)",
            "SubmissionSchemaController", "形式 / Contract",
            "提出データの JSON Schema / the submission's JSON Schema",
            "RulesController", "ルール / Rules",
            "使用中のルールセット、検査、比較（what-if、ファイルまたは保管データ）、公開、履歴、ロールバック、指摘コードごとの誤検知（POLICY ロール） / the rule set in use, check, what-if (over files or stored sheets), publish, history, rollback, false positives per finding code (role POLICY)",
            "SubmissionsController", "提出データの保管 / Stored submissions",
            "提出データを版として保管し、評価とともに返します。指摘への判断と確認の流れ（提出 → 確認中 → 差戻し / 確定、REVIEWER ロール） / stores submissions as revisions with their evaluations; decisions on findings and the review (role REVIEWER)",
            "WorkbookController", "様式（Excel） / Workbook",
            "様式の Excel ブック：白紙の様式、記入済みのブックの評価（JSON、または提案と指摘を書き込んだ同じブック） / the"
                    + " 様式 workbook: the blank template, a filled-in workbook evaluated (JSON, or the same workbook annotated)",
            "UsersController", "利用者 / Users",
            "利用者と役割（STAFF, REVIEWER, POLICY, ADMIN）と組織の管理（ADMIN）、自分のアカウント / users, roles and organisations (role ADMIN), one's own account",
            "AuditController", "監査ログ / Audit log",
            "誰がいつ何をしたか、新しい順に（JSON のページか CSV、ADMIN） / who did what and when, newest first (JSON pages or CSV, role ADMIN)");

    private static Map<String, Tag> tags(String... nameTitleDescription) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (int i = 0; i < nameTitleDescription.length; i += 3) {
            tags.put(nameTitleDescription[i], new Tag().name(nameTitleDescription[i + 1]).description(nameTitleDescription[i + 2]));
        }
        return tags;
    }

    static {
        // A fixture case's file (RuleCheck.Report) is written as a path string, not as java.nio.file.Path's getters.
        SpringDocUtils.getConfig().replaceWithClass(Path.class, String.class);
    }

    /** Joins swagger's model converters (springdoc adds every ModelConverter bean). */
    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    /**
     * Swagger names a schema by its type's simple name and keeps one schema per name, so of two types named alike the
     * one read last replaces the other (an evaluation's findings would read as a stored submission's). The simple
     * names in {@link #AMBIGUOUS} are shared by types of the API: those types take their enclosing type's name (or,
     * at the top level, their package's) in front, e.g. {@code EvaluationFinding} and {@code StoredSubmissionFinding};
     * any other pair named alike is noted in {@link #clashes()}, which ApiDocumentationTest wants empty.
     */
    static final class SchemaNames implements ModelConverter {

        /** Evaluation.Finding and StoredSubmission.Finding; UsersController.Change and the what-if's Change. */
        static final Set<String> AMBIGUOUS = Set.of("Finding", "Change");

        // Static: swagger's converters are one list for the JVM, which the newest context's converter joins.
        private static final Map<String, Class<?>> NAMED = new ConcurrentHashMap<>();
        private static final Set<String> CLASHES = ConcurrentHashMap.newKeySet();

        @Override
        public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
            Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
            // Enums are written inline, not as named schemas; the service's own types only.
            if (raw != null && !raw.isEnum() && raw.getName().startsWith("jp.advisor.")
                    && (type.getName() == null || type.getName().isBlank())) {
                io.swagger.v3.oas.annotations.media.Schema declared =
                        raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
                String name = declared != null && !declared.name().isBlank() ? declared.name() : name(raw);
                if (!name.equals(raw.getSimpleName())) {
                    type.setName(name);
                }
                Class<?> earlier = NAMED.putIfAbsent(name, raw);
                if (earlier != null && earlier != raw) {
                    CLASHES.add(name + ": " + earlier.getName() + ", " + raw.getName());
                }
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }

        static String name(Class<?> type) {
            if (!AMBIGUOUS.contains(type.getSimpleName())) {
                return type.getSimpleName();
            }
            String qualifier;
            if (type.getEnclosingClass() != null) {
                qualifier = type.getEnclosingClass().getSimpleName().replaceFirst("Controller$", "");
            } else {
                String pkg = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
                qualifier = pkg.substring(0, 1).toUpperCase(Locale.ROOT) + pkg.substring(1);
            }
            return qualifier + type.getSimpleName();
        }

        /** The pairs of types that got one schema name, as "name: one type, the other"; none in a sound document. */
        static Set<String> clashes() {
            return new TreeSet<>(CLASHES);
        }
    }

    @Bean
    OpenAPI advisorOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("評価アドバイザー API / Evaluation advisor API")
                        .version("v1")
                        .description("""
                                大阪市の区役所の「区政運営基本方針」自己評価シートを読み、すべての評価セルについて提案する評価と\
                                その理由（日本語・英語）を返します。判定基準はルールファイル（Drools DRL と判定表）にあり、\
                                評価はいつも使用したルールセットの版（ruleSet.version）を名乗ります。拒否はすべて RFC 9457 の\
                                problem details（application/problem+json）で、title と detail は日本語と英語です。形式の詳細は\
                                docs/contract.md、提出データの JSON Schema は GET /api/submission.schema.json。

                                A rules-based advisor for Osaka City wards' yearly self-assessment sheets: for every rating cell it \
                                suggests a value with the rule that produced it and a reason in Japanese and English; every \
                                evaluation names the rule set it used. Every refusal is RFC 9457 problem details with a title and \
                                detail in both languages. Formats: docs/contract.md; the submission's JSON Schema: \
                                GET /api/submission.schema.json."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic（ルールの変更は POLICY ロール） / HTTP Basic (changing rules needs role POLICY)")))
                .tags(List.copyOf(TAGS.values()));
    }

    /** RFC 9457 problem details as the service writes them (ProblemResponses). */
    private static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details（application/problem+json）。title と detail は「日本語 / English」"
                        + " / RFC 9457 problem details; title and detail read \"日本語 / English\"")
                .addProperty("type", new StringSchema().example("urn:advisor:problem:invalid-submission")
                        .description("urn:advisor:problem:… の種類 / the kind, urn:advisor:problem:…"))
                .addProperty("title", new StringSchema().example("提出データを読めません / Invalid submission"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("提出データに1件の問題があります / the submission has 1 problem(s)"))
                .addProperty("instance", new StringSchema().format("uri-reference"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }

    /** Tags each operation with its controller's tag (not springdoc's kebab-case class name). */
    @Bean
    OperationCustomizer controllerTags() {
        return (operation, handler) -> {
            Tag tag = TAGS.get(handler.getBeanType().getSimpleName());
            if (tag != null) {
                operation.setTags(List.of(tag.getName()));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemsAndExamples(SubmissionReader reader, Evaluator evaluator, JsonMapper json, ActiveRules rules,
                                          ObjectProvider<WebInvocationPrivilegeEvaluator> security) {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            // Here rather than in the OpenAPI bean: springdoc rebuilds the schemas from the handlers' types.
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            WebInvocationPrivilegeEvaluator access = security.getObject();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                boolean login = needsLogin(access, path, method);
                problems(path, method, operation, login);
                created(path, method, operation);
                if (login) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
                }
                binaryBodies(operation);
            }));
            submissionBodies(api);
            PathItem evaluations = api.getPaths().get("/api/evaluations");
            if (evaluations != null && evaluations.getPost() != null) {
                evaluationExample(evaluations.getPost(), reader, evaluator, json);
            }
            TypeReference<Map<String, Object>> object = new TypeReference<>() {
            };
            requestExample(operation(api, "/api/submissions", PathItem.HttpMethod.POST), EXAMPLE_NAME,
                    "大正区 平成28年度、戦略 7-1（職員が自組織の分を提出） / Taisho ward FY2016, strategy 7-1 (staff submit for"
                            + " their own organisation)", json.readValue(exampleSubmission(), object));
            requestExample(operation(api, "/api/users", PathItem.HttpMethod.POST), USER_EXAMPLE_NAME,
                    "大正区の職員（パスワードを省くと生成して一度だけ返します） / a Taisho ward clerk (leave out the password to"
                            + " get a generated one, answered once)",
                    Map.of("name", "taisho-somu", "displayName", "大正区 総務課 山田", "roles", List.of("STAFF"),
                            "organisations", List.of("大正区")));
            requestExample(operation(api, "/api/submissions/{id}/transitions", PathItem.HttpMethod.POST),
                    TRANSITION_EXAMPLE_NAME, "確認者が区に差し戻す（差戻しにはメッセージが必要。to は 提出・確認中・差戻し・確定 か"
                            + " SUBMITTED, IN_REVIEW, RETURNED, ACCEPTED） / a reviewer returns the sheet to the ward (a"
                            + " return needs a message; to is a state's word or code)",
                    Map.of("to", "差戻し", "message", "戦略 7-1 の成果指標の前年度値が空欄です。記入して再提出してください。"));
            requestExample(operation(api, "/api/submissions/{id}/findings/{findingId}/disposition", PathItem.HttpMethod.PUT),
                    DISPOSITION_EXAMPLE_NAME, "区の説明で納得した指摘（disposition は 要修正・説明あり・誤検知 か FIX,"
                            + " EXPLAINED, FALSE_POSITIVE） / a finding the ward's explanation answers (disposition is a"
                            + " word or code)",
                    Map.of("disposition", "説明あり", "comment", "アンケートの回収方法を変えたため前年度と比べられないと区から説明あり。"));
            Map<String, Object> candidate = Map.of("base", rules.get().version(), "files",
                    Map.of("policy.drl", CANDIDATE_POLICY_DRL), "summary", "個別（A／B）の判定方式を改善方式に変更");
            for (String path : List.of("/api/rules/check", "/api/rules/what-if", "/api/rules/publish")) {
                requestExample(operation(api, path, PathItem.HttpMethod.POST), CANDIDATE_EXAMPLE_NAME,
                        "使用中の版（GET /api/rules の version）を基に policy.drl を差し替え、個別の判定を改善方式にする /"
                                + " on the set in use (GET /api/rules), replace policy.drl to judge outcomes by improvement",
                        candidate);
            }
        };
    }

    /** A body that is a file as it is (a workbook, a download) is sent as bytes, not as base64 text. */
    private static void binaryBodies(Operation operation) {
        List<Content> contents = new ArrayList<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().stream().map(ApiResponse::getContent)
                    .filter(Objects::nonNull).forEach(contents::add);
        }
        contents.forEach(content -> content.forEach((type, media) -> {
            if (media.getSchema() != null && "byte".equals(media.getSchema().getFormat()) && !isJson(type)) {
                media.setSchema(new BinarySchema());
            }
        }));
    }

    private static boolean isJson(String mediaType) {
        return mediaType.startsWith(MediaType.APPLICATION_JSON_VALUE) || mediaType.contains("+json");
    }

    /**
     * The handlers read a submission as bytes (so that problems are located to line and column), which springdoc sees
     * as a string: say it is a submission (its JSON Schema is served at GET /api/submission.schema.json), and for the
     * review, an array of them.
     */
    private static void submissionBodies(OpenAPI api) {
        for (String path : List.of("/api/evaluations", "/api/submissions")) {
            io.swagger.v3.oas.models.media.MediaType json = jsonRequest(operation(api, path, PathItem.HttpMethod.POST));
            if (json != null) {
                json.setSchema(submissionSchema());
            }
        }
        io.swagger.v3.oas.models.media.MediaType reviewed = jsonRequest(operation(api, "/api/reviews", PathItem.HttpMethod.POST));
        if (reviewed != null) {
            reviewed.setSchema(new ArraySchema().items(submissionSchema()).description("提出データの配列（複数の区・年度） /"
                    + " an array of submissions (several wards, several years)"));
        }
    }

    private static Schema<?> submissionSchema() {
        return new ObjectSchema().description("提出データ（GET /api/submission.schema.json） / a submission (GET"
                + " /api/submission.schema.json)");
    }

    private static Operation operation(OpenAPI api, String path, PathItem.HttpMethod method) {
        PathItem item = api.getPaths().get(path);
        return item == null ? null : item.readOperationsMap().get(method);
    }

    private static io.swagger.v3.oas.models.media.MediaType jsonRequest(Operation operation) {
        return operation == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? null : operation.getRequestBody().getContent().get(MediaType.APPLICATION_JSON_VALUE);
    }

    /** The refusals an operation may give, from what it takes: a body, a path variable, a login. */
    private static void problems(String path, PathItem.HttpMethod method, Operation operation, boolean login) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean changes = method != PathItem.HttpMethod.GET;
        boolean pathVariable = operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getIn).anyMatch("path"::equals);
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getIn).anyMatch("query"::equals);
        if (changes || hasQuery) {
            problem(responses, "400", "読めない本文・提出データ、誤った値（問題をすべて JSON のパス、行、列つきで） / unreadable body,"
                    + " invalid submission or parameter (every problem with its JSON path, line and column)");
        }
        if (login) {
            problem(responses, "401", "ログインが必要（WWW-Authenticate: Basic） / a login is needed (WWW-Authenticate: Basic)");
            problem(responses, "403", path.startsWith("/api/rules")
                    ? "POLICY ロールがない、または CSRF トークンがない / no role POLICY, or no CSRF token"
                    : path.startsWith("/api/users") || path.startsWith("/api/audit")
                            ? "ADMIN ロールがない（/api/users/me は誰でも） / no role ADMIN (/api/users/me: anyone)"
                            : path.startsWith("/api/reviews/")
                                    ? "REVIEWER, POLICY, ADMIN のいずれのロールもない / none of the roles REVIEWER, POLICY, ADMIN"
                                    : "役割がない、または職員が他の組織の提出を扱おうとした / no role for this, or staff"
                                            + " acting for another organisation");
        }
        // A year's review is never missing: a year with nothing stored is an empty report.
        if (pathVariable && !path.startsWith("/api/reviews/")) {
            problem(responses, "404", "その番号のものはありません / nothing with that id");
        }
        if (changes && path.startsWith("/api/submissions")) {
            problem(responses, "409", "確定済みの年度、最新でない版、または許されない状態の移動（allowed） / the year is"
                    + " accepted, not the newest revision, or a move not allowed (allowed)");
        }
        if (changes) {
            problem(responses, "413", "本文が advisor.http.max-body-size（5MB）を超えている / the body is over"
                    + " advisor.http.max-body-size (5MB)");
            problem(responses, "415", "Content-Type が application/json でない / Content-Type is not application/json");
            if (path.startsWith("/api/evaluations") || path.startsWith("/api/reviews") || path.startsWith("/api/rules")
                    || path.startsWith("/api/submissions")) {
                problem(responses, "422", path.startsWith("/api/rules")
                        ? "候補が検査に通らない（問題、判定表、失敗したフィクスチャ） / the candidate fails the check"
                        : "ルールが評価を終えられなかった（kind, rule, ruleSetVersion） / the rules could not finish"
                                + " (kind, rule, ruleSetVersion)");
            }
        }
        operation.setResponses(responses);
    }

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-docs", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /**
     * Whether the operation needs a login (and then a role, or an organisation of one's own): asked of the security
     * configuration itself (SecurityConfiguration's rules), for a visitor without one, path variables filled in.
     */
    private static boolean needsLogin(WebInvocationPrivilegeEvaluator access, String path, PathItem.HttpMethod method) {
        return !access.isAllowed("", path.replaceAll("\\{[^}]+}", "1"), method.name(), ANONYMOUS);
    }

    /** {@code POST /api/submissions} answers 201 with a Location (ResponseEntity.created), not springdoc's 200. */
    private static void created(String path, PathItem.HttpMethod method, Operation operation) {
        if (("/api/submissions".equals(path) || "/api/users".equals(path)) && method == PathItem.HttpMethod.POST && operation.getResponses() != null
                && operation.getResponses().containsKey("200")) {
            ApiResponse stored = operation.getResponses().remove("200");
            stored.setDescription("作成したもの（Location: " + path + "/…） / what was created (Location: " + path + "/…)");
            ApiResponses responses = new ApiResponses();
            responses.addApiResponse("201", stored);
            responses.putAll(operation.getResponses());
            operation.setResponses(responses);
        }
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content().addMediaType(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)))));
    }

    /** A Japanese example of the operation's JSON body, when both are there. */
    private static void requestExample(Operation operation, String name, String summary, Object value) {
        io.swagger.v3.oas.models.media.MediaType request = jsonRequest(operation);
        if (request != null) {
            request.addExamples(name, new Example().summary(summary).value(value));
        }
    }

    /** The request: the small submission; the answer: its evaluation by the rules in use now. */
    private static void evaluationExample(Operation post, SubmissionReader reader, Evaluator evaluator, JsonMapper json) {
        byte[] submission = exampleSubmission();
        TypeReference<Map<String, Object>> object = new TypeReference<>() {
        };
        post.setSummary("提出データを評価する / Evaluate a submission");
        post.setDescription("提出データ（docs/contract.md、JSON Schema は GET /api/submission.schema.json）を送ると、"
                + "各評価セルの提案、理由、使用したルールセットの版を返します / send a submission, get a suggestion for"
                + " every rating cell with why and the rule set version used");
        requestExample(post, EXAMPLE_NAME, "大正区 平成28年度、戦略 7-1 / Taisho ward FY2016, strategy 7-1",
                json.readValue(submission, object));
        ApiResponse ok = post.getResponses() == null ? null : post.getResponses().get("200");
        if (ok != null && ok.getContent() != null) {
            io.swagger.v3.oas.models.media.MediaType answer = ok.getContent().get(MediaType.APPLICATION_JSON_VALUE);
            if (answer != null) {
                Evaluation evaluation = evaluator.evaluate(reader.read(submission, EXAMPLE_RESOURCE));
                ok.setDescription("評価（各セルの提案と理由） / the evaluation (a suggestion and why for every cell)");
                answer.addExamples(EXAMPLE_NAME, new Example().summary("上の提出データの評価 / the evaluation of the"
                        + " submission above").value(json.readValue(json.writeValueAsBytes(evaluation), object)));
            }
        }
    }

    static byte[] exampleSubmission() {
        try (InputStream in = new ClassPathResource(EXAMPLE_RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
