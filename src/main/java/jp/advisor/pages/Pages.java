package jp.advisor.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a template of {@code templates/} on the class path ("review/report" is
 * {@code templates/review/report.html}) to UTF-8. The engine is built here, not taken from a Spring context, so
 * it works the same in the command line; its expressions are Spring's (SpEL), as in pages the service will serve.
 * Templates print submitted text with {@code th:text} only, which escapes {@code & < > " '}.
 */
public final class Pages {

    private static final TemplateEngine ENGINE = engine();

    private Pages() {
    }

    /** The page as UTF-8 bytes. */
    public static byte[] render(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.JAPANESE);
        variables.forEach(context::setVariable);
        return ENGINE.process(template, context).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the page and flushes, leaving the stream open. */
    public static void write(String template, Map<String, ?> variables, OutputStream out) throws IOException {
        out.write(render(template, variables));
        out.flush();
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
