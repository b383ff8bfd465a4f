/**
 * Pages and reports rendered from the Thymeleaf templates under {@code src/main/resources/templates/}
 * ({@link jp.advisor.pages.Pages}), and the one list of report formats every report picks from
 * ({@link jp.advisor.pages.ReportFormat}). Rendering needs no Spring context, so the command line and the
 * service write the same bytes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "pages", allowedDependencies = {})
package jp.advisor.pages;
