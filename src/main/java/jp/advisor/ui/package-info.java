/**
 * The web pages of the three roles and the admin, in Japanese first: the layout every page shares (header with the
 * user's role pages, language switch, log-out), the home page that sends each user to their role's page, and one
 * sub-package per role's pages ({@code staff}, {@code review}, {@code policy}, {@code admin}). Pages are rendered on
 * the server (Thymeleaf, templates under {@code templates/ui/}); htmx, served from the jar, updates parts in place.
 * Who may open which page is decided with the API's rules in {@code web.SecurityConfiguration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "ui", allowedDependencies = {"audit", "evaluation",
        "facts", "pages", "policy", "policy :: analysis", "policy :: strength", "policy :: whatif", "publishing",
        "review", "rules", "submission", "submissions", "users", "workbook"})
package jp.advisor.ui;
