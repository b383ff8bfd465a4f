package jp.advisor.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.advisor.TestUsers;

/**
 * {@code /api/users} on the running service: admins manage users, everyone else is refused; a new user logs in with
 * the password given or the one generated and answered once; a locked user cannot; the last admin stays; every change
 * is in the audit log with who made it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UsersApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String RUN = Long.toString(System.nanoTime(), 36);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> send(String method, String path, String authorization, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void anAdminAddsAStaffUserWhoThenLogsInAndSeesTheirOrganisations() throws Exception {
        String name = "taisho-" + RUN;
        HttpResponse<String> added = send("POST", "/api/users", TestUsers.ADMIN, Map.of("name", name,
                "displayName", "大正区 総務課", "roles", List.of("職員"), "organisations", List.of("大正区"),
                "password", "correct-horse-battery"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/users/" + name);
        assertThat(json(added).at("/user/roles").get(0).asString()).isEqualTo("STAFF");
        assertThat(json(added).get("generatedPassword").isNull()).isTrue();

        HttpResponse<String> me = send("GET", "/api/users/me", TestUsers.basic(name, "correct-horse-battery"), null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("displayName").asString()).isEqualTo("大正区 総務課");
        assertThat(json(me).get("organisations").get(0).asString()).isEqualTo("大正区");
        assertThat(jdbc.sql("select password_hash from app_user where name = ?").param(name).query(String.class).single())
                .startsWith("{bcrypt}").doesNotContain("correct-horse-battery");
    }

    @Test
    void withoutAPasswordOneIsGeneratedAnsweredOnceAndWorks() throws Exception {
        String name = "reviewer-" + RUN;
        HttpResponse<String> added = send("POST", "/api/users", TestUsers.ADMIN, Map.of("name", name,
                "roles", List.of("REVIEWER")));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String password = json(added).get("generatedPassword").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(Users.MIN_PASSWORD);
        assertThat(send("GET", "/api/users/me", TestUsers.basic(name, password), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/users/" + name, TestUsers.ADMIN, null).body()).doesNotContain(password);
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        for (String other : List.of(TestUsers.POLICY, TestUsers.REVIEWER, TestUsers.staff(port, "大正区").authorization())) {
            assertThat(send("GET", "/api/users", other, null).statusCode()).isEqualTo(403);
            assertThat(send("POST", "/api/users", other, Map.of("name", "x-" + RUN, "roles", List.of("ADMIN"),
                    "password", "0123456789ab")).statusCode()).isEqualTo(403);
            assertThat(send("PATCH", "/api/users/policy", other, Map.of("locked", true)).statusCode()).isEqualTo(403);
            assertThat(send("GET", "/api/users/me", other, null).statusCode()).isEqualTo(200);
        }
        assertThat(send("GET", "/api/users", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> all = send("GET", "/api/users?size=100", TestUsers.ADMIN, null);
        assertThat(all.statusCode()).isEqualTo(200);
        List<String> names = json(all).get("items").valueStream().map(u -> u.get("name").asString()).toList();
        assertThat(names).contains("admin", "policy", "reviewer").isSorted();
        assertThat(json(all).get("total").asLong()).isEqualTo(names.size());
        assertThat(all.body()).doesNotContain("bcrypt", "password");
    }

    @Test
    void theUsersAreListedByNameOnePageAtATime() throws Exception {
        JsonNode first = json(send("GET", "/api/users?size=2", TestUsers.ADMIN, null));
        JsonNode second = json(send("GET", "/api/users?page=1&size=2", TestUsers.ADMIN, null));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("total")).isEqualTo(first.get("total"));
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("items").get(1).get("name").asString())
                .isLessThan(second.get("items").get(0).get("name").asString());
        JsonNode beyond = json(send("GET", "/api/users?page=1000", TestUsers.ADMIN, null));
        assertThat(beyond.get("items")).isEmpty();
        for (String bad : List.of("page=-1", "size=0", "size=101")) {
            HttpResponse<String> refused = send("GET", "/api/users?" + bad, TestUsers.ADMIN, null);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("size は1～100", "size 1 to 100");
        }
    }

    @Test
    void aLockedUserCannotLogInUntilUnlocked() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        assertThat(send("PATCH", "/api/users/" + staff.name(), TestUsers.ADMIN, Map.of("locked", true)).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/users/me", staff.authorization(), null).statusCode()).isEqualTo(401);
        assertThat(send("PATCH", "/api/users/" + staff.name(), TestUsers.ADMIN, Map.of("locked", false)).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/users/me", staff.authorization(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        HttpResponse<String> reset = send("PUT", "/api/users/" + staff.name() + "/password", TestUsers.ADMIN,
                Map.of("password", "a-new-long-password"));
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(204);
        assertThat(send("GET", "/api/users/me", staff.authorization(), null).statusCode()).isEqualTo(401);
        String renewed = TestUsers.basic(staff.name(), "a-new-long-password");
        assertThat(send("GET", "/api/users/me", renewed, null).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/users/me/password", renewed, Map.of("password", "short")).statusCode()).isEqualTo(400);
        assertThat(send("PUT", "/api/users/me/password", renewed, Map.of("password", "my-own-long-password")).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/users/me", TestUsers.basic(staff.name(), "my-own-long-password"), null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void badRequestsAreProblemsThatSayWhat() throws Exception {
        HttpResponse<String> badName = send("POST", "/api/users", TestUsers.ADMIN, Map.of("name", "山田 太郎",
                "roles", List.of("STAFF"), "organisations", List.of("大正区"), "password", "0123456789ab"));
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(json(badName).get("type").asString()).isEqualTo("urn:advisor:problem:invalid-user");
        assertThat(json(badName).get("detail").asString()).contains("利用者名", "user name");

        HttpResponse<String> staffWithout = send("POST", "/api/users", TestUsers.ADMIN, Map.of("name", "s-" + RUN,
                "roles", List.of("STAFF"), "password", "0123456789ab"));
        assertThat(staffWithout.statusCode()).isEqualTo(400);
        assertThat(json(staffWithout).get("detail").asString()).contains("組織", "organisation");

        HttpResponse<String> unknownRole = send("POST", "/api/users", TestUsers.ADMIN, Map.of("name", "r-" + RUN,
                "roles", List.of("SUPERUSER"), "password", "0123456789ab"));
        assertThat(unknownRole.statusCode()).isEqualTo(400);

        HttpResponse<String> twice = send("POST", "/api/users", TestUsers.ADMIN, Map.of("name", "policy",
                "roles", List.of("POLICY"), "password", "0123456789ab"));
        assertThat(twice.statusCode()).isEqualTo(409);

        HttpResponse<String> missing = send("GET", "/api/users/nobody-" + RUN, TestUsers.ADMIN, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("type").asString()).isEqualTo("urn:advisor:problem:no-such-user");
    }

    @Test
    void theLastUnlockedAdminCannotBeLockedNorLoseTheRole() throws Exception {
        List<String> admins = json(send("GET", "/api/users?size=100", TestUsers.ADMIN, null)).get("items").valueStream()
                .filter(u -> u.get("roles").valueStream().anyMatch(r -> r.asString().equals("ADMIN")) && !u.get("locked").asBoolean())
                .map(u -> u.get("name").asString()).toList();
        assertThat(admins).as("this context's only admin").containsExactly("admin");
        HttpResponse<String> lock = send("PATCH", "/api/users/admin", TestUsers.ADMIN, Map.of("locked", true));
        assertThat(lock.statusCode()).isEqualTo(409);
        assertThat(json(lock).get("detail").asString()).contains("最後の管理者", "last unlocked admin");
        HttpResponse<String> demote = send("PATCH", "/api/users/admin", TestUsers.ADMIN, Map.of("roles", List.of("POLICY")));
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(send("GET", "/api/users/me", TestUsers.ADMIN, null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyChangeIsAuditedWithWhoMadeIt() throws Exception {
        TestUsers.Staff staff = TestUsers.staff(port, "大正区");
        send("PATCH", "/api/users/" + staff.name(), TestUsers.ADMIN, Map.of("organisations", List.of("大正区", "西区")));
        send("PATCH", "/api/users/" + staff.name(), TestUsers.ADMIN, Map.of("locked", true));
        List<String> actions = jdbc.sql("select actor || ' ' || action from audit_log where subject = ? order by id")
                .param("user:" + staff.name()).query(String.class).list();
        assertThat(actions).containsExactly("admin USER_ADD", "admin USER_CHANGE", "admin USER_LOCK");
        assertThat(json(send("GET", "/api/users/" + staff.name(), TestUsers.ADMIN, null)).get("organisations").valueStream()
                .map(JsonNode::asString).toList()).containsExactly("大正区", "西区");
    }
}
