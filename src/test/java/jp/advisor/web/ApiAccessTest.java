package jp.advisor.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.advisor.TestUsers;
import jp.advisor.workbook.Workbooks;

/**
 * Who may call each operation of the JSON API, as one table: every {@code /api/**} handler (found in Spring MVC's
 * handler mapping, so a new one fails here until the table says who may call it) is called without a login and as
 * each role's test user. Without a login an operation that needs one answers 401; a role not allowed answers 403;
 * an allowed caller gets past authorisation (any answer but 401 and 403: a body that cannot be read, 400, or an id
 * that is not there, 404, are fine, since only who may call is under test). State changes are sent as JSON (or a
 * workbook), which needs no CSRF token, and a browser form's multipart upload with its token; every body is an
 * unreadable "{" and every id one that does not exist, so that nothing is changed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc // the same context as ApiDocumentationTest and ProblemBodiesApiTest
class ApiAccessTest {

    /** Who calls: a visitor without a login, or the test user of one role. */
    enum Caller {
        VISITOR, STAFF, REVIEWER, POLICY, ADMIN
    }

    static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> LOGGED_IN = EnumSet.complementOf(EnumSet.of(Caller.VISITOR));

    /** Operation → who may call it: web.SecurityConfiguration's rules (the API has no method security). */
    static final Map<String, Set<Caller>> ALLOWED = new TreeMap<>(Map.ofEntries(
            entry("POST /api/evaluations", ANYONE),
            entry("POST /api/reviews", ANYONE),
            entry("GET /api/template.xlsx", ANYONE),
            entry("GET /api/submission.schema.json", ANYONE),
            entry("GET /api/rules", ANYONE),
            entry("POST /api/rules/check", EnumSet.of(Caller.POLICY)),
            entry("POST /api/rules/what-if", EnumSet.of(Caller.POLICY)),
            entry("POST /api/rules/publish", EnumSet.of(Caller.POLICY)),
            entry("GET /api/rules/versions", EnumSet.of(Caller.POLICY)),
            entry("POST /api/rules/versions/{id}/rollback", EnumSet.of(Caller.POLICY)),
            entry("GET /api/rules/false-positives", EnumSet.of(Caller.POLICY)),
            entry("GET /api/reviews/{fiscalYear}", EnumSet.of(Caller.REVIEWER, Caller.POLICY, Caller.ADMIN)),
            entry("POST /api/submissions", EnumSet.of(Caller.STAFF)),
            entry("GET /api/submissions", LOGGED_IN),
            entry("GET /api/submissions/{id}", LOGGED_IN),
            entry("GET /api/submissions/{id}/evaluation", LOGGED_IN),
            entry("GET /api/submissions/{id}/transitions", LOGGED_IN),
            entry("POST /api/submissions/{id}/transitions", EnumSet.of(Caller.REVIEWER)),
            entry("GET /api/submissions/{id}/findings", LOGGED_IN),
            entry("PUT /api/submissions/{id}/findings/{findingId}/disposition", EnumSet.of(Caller.REVIEWER)),
            entry("GET /api/users/me", LOGGED_IN),
            entry("PUT /api/users/me/password", LOGGED_IN),
            entry("GET /api/users", EnumSet.of(Caller.ADMIN)),
            entry("POST /api/users", EnumSet.of(Caller.ADMIN)),
            entry("GET /api/users/{name}", EnumSet.of(Caller.ADMIN)),
            entry("PATCH /api/users/{name}", EnumSet.of(Caller.ADMIN)),
            entry("PUT /api/users/{name}/password", EnumSet.of(Caller.ADMIN)),
            entry("GET /api/audit", EnumSet.of(Caller.ADMIN))));

    static final byte[] UNREADABLE = "{".getBytes(StandardCharsets.UTF_8);
    /** No stored submission, finding, version or user has this id or name; a year that cannot be read. */
    static final String NO_SUCH = "999999";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One handler: its method, path pattern and the body type it takes (null for none declared). */
    record Route(HttpMethod method, String pattern, MediaType consumes) {

        String operation() {
            return method.name() + " " + pattern;
        }
    }

    @Test
    void everyApiOperationIsRefusedToWhoMayNotCallItAndOpenToWhoMay() throws Exception {
        List<Route> routes = routes();
        Set<String> operations = new TreeSet<>();
        routes.forEach(route -> operations.add(route.operation()));
        assertThat(operations).as("the API's operations: a new one needs its line in ALLOWED, saying who may call it")
                .isEqualTo(ALLOWED.keySet());

        Map<Caller, UserDetails> logins = logins();
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            Set<Caller> allowed = ALLOWED.get(route.operation());
            for (Caller caller : Caller.values()) {
                int status = call(route, logins.get(caller));
                boolean passed = status != 401 && status != 403;
                int refusal = caller == Caller.VISITOR ? 401 : 403;
                if (allowed.contains(caller) ? !passed : status != refusal) {
                    wrong.add(route.operation() + " (" + route.consumes() + ") as " + caller + ": " + status
                            + (allowed.contains(caller) ? ", allowed" : ", expected " + refusal));
                }
            }
        }
        assertThat(wrong).as("answers that do not match ALLOWED").isEmpty();
    }

    /**
     * Each role's test user (the seeded admin, policy and reviewer, a staff user made here) as the service knows it,
     * roles and organisations read from the user store: logged in once here rather than by a password hash per call.
     */
    private Map<Caller, UserDetails> logins() {
        Map<Caller, UserDetails> logins = new EnumMap<>(Caller.class);
        logins.put(Caller.STAFF, accounts.loadUserByUsername(TestUsers.staff(port, "権限表区").name()));
        logins.put(Caller.REVIEWER, accounts.loadUserByUsername("reviewer"));
        logins.put(Caller.POLICY, accounts.loadUserByUsername("policy"));
        logins.put(Caller.ADMIN, accounts.loadUserByUsername("admin"));
        logins.forEach((caller, login) -> assertThat(login.getAuthorities()).as(caller + ": " + login.getUsername())
                .extracting(Object::toString).containsExactly("ROLE_" + caller.name()));
        return logins;
    }

    private int call(Route route, UserDetails login) throws Exception {
        String path = route.pattern().replaceAll("\\{[^}]+}", NO_SUCH);
        AbstractMockHttpServletRequestBuilder<?> request;
        if (MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(route.consumes())) {
            // A browser's form: it carries the CSRF token, so that what answers is the login and the role.
            request = multipart(route.method(), path).file(new MockMultipartFile("file", "sheet.json",
                    MediaType.APPLICATION_JSON_VALUE, UNREADABLE)).with(csrf());
        } else if (route.method() == HttpMethod.GET) {
            request = request(route.method(), path);
        } else {
            request = request(route.method(), path)
                    .contentType(route.consumes() == null ? MediaType.APPLICATION_JSON : route.consumes())
                    .content(UNREADABLE);
        }
        if (login != null) {
            request.with(user(login));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** Every /api handler, once per method, path and body type (JSON first when it takes several). */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
            MediaType body = consumes.isEmpty() ? null
                    : consumes.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype) ? MediaType.APPLICATION_JSON
                    : consumes.iterator().next();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                assertThat(info.getMethodsCondition().getMethods()).as("%s declares its methods", handler).isNotEmpty();
                info.getMethodsCondition().getMethods().forEach(method ->
                        routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, body)));
            }
        });
        assertThat(routes).extracting(Route::consumes).as("the workbook body is among those sent")
                .contains(MediaType.parseMediaType(Workbooks.XLSX));
        return routes;
    }
}
