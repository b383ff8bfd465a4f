package jp.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.advisor.users.Role;

/**
 * Every page and every action of the web pages, found in the handler mappings (so a new page is covered without
 * being listed here), is refused to the roles it is not for (403) and sends a visitor without a login to the form.
 * Which role a page is for is its path's {@link RolePage}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path, RolePage page) {
    }

    @Test
    void everyRolePageIsRefusedToTheOtherRolesAndAsksAVisitorToLogIn() throws Exception {
        List<Route> routes = routes();
        // At least the admin pages (users, a user, audit) and one page of each other role once they exist.
        assertThat(routes).extracting(Route::page).contains(RolePage.ADMIN);
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            MvcResult anonymous = mvc.perform(request(route.method(), route.path()).with(csrf()).accept("text/html")).andReturn();
            if (anonymous.getResponse().getStatus() != 302
                    || !String.valueOf(anonymous.getResponse().getRedirectedUrl()).endsWith("/login")) {
                wrong.add(route + " without login: " + anonymous.getResponse().getStatus() + " → "
                        + anonymous.getResponse().getRedirectedUrl());
            }
            for (Role role : Role.values()) {
                if (role.name().equals(route.page().name())) {
                    continue;
                }
                int status = mvc.perform(request(route.method(), route.path()).with(csrf()).accept("text/html")
                        .with(user("someone").roles(role.name()))).andReturn().getResponse().getStatus();
                if (status != 403) {
                    wrong.add(route + " as " + role + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theHomeAndAccountPagesAskAVisitorToLogIn() throws Exception {
        for (String path : List.of("/", "/account")) {
            MvcResult anonymous = mvc.perform(request(HttpMethod.GET, path).accept("text/html")).andReturn();
            assertThat(anonymous.getResponse().getStatus()).as(path).isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).as(path).endsWith("/login");
        }
    }

    @Test
    void englishIsShownBesideJapaneseForAnEnglishBrowserOrOnRequestAndRemembered() throws Exception {
        assertThat(page(request(HttpMethod.GET, "/login").header("Accept-Language", "ja,en;q=0.8")))
                .contains("<html lang=\"ja\"").doesNotContain("class=\"show-en\"");
        assertThat(page(request(HttpMethod.GET, "/login").header("Accept-Language", "en-US,en;q=0.9")))
                .contains("class=\"show-en\"");
        MvcResult asked = mvc.perform(request(HttpMethod.GET, "/login?lang=en").header("Accept-Language", "ja")).andReturn();
        assertThat(asked.getResponse().getContentAsString()).contains("class=\"show-en\"");
        jakarta.servlet.http.Cookie remembered = asked.getResponse().getCookie("advisor-lang");
        assertThat(remembered).isNotNull();
        assertThat(page(request(HttpMethod.GET, "/login").header("Accept-Language", "ja").cookie(remembered)))
                .contains("class=\"show-en\"");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The routes of the ui module's controllers, path variables filled with a placeholder. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("jp.advisor.ui.")) {
                return;
            }
            List<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of(RequestMethod.GET) : List.copyOf(info.getMethodsCondition().getMethods());
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                RolePage page = Arrays.stream(RolePage.values())
                        .filter(p -> path.equals(p.path()) || path.startsWith(p.path() + "/")).findFirst()
                        .orElseThrow(() -> new AssertionError(pattern + " (" + handler + ") is under no role's path: "
                                + "every page of a role lives under that role's path"));
                methods.forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), path, page)));
            }
        });
        return routes;
    }
}
