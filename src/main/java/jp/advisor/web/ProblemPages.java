package jp.advisor.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Every refusal is a {@link ProblemDetail} (ProblemResponses, the controllers' own handlers); a browser that asks for
 * HTML gets the same status, title and located detail as the shared error page ({@code templates/ui/error.html}),
 * not JSON: an oversized workbook, a page of another organisation, a form the service cannot read. Added after the
 * JSON converters, so a script asking for anything ({@code *}{@code /*}) or JSON still gets problem JSON.
 */
@Configuration(proxyBeanMethods = false)
class ProblemPages implements WebMvcConfigurer {

    private final ITemplateEngine templates;

    ProblemPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new Html(templates));
    }

    static final class Html extends AbstractHttpMessageConverter<ProblemDetail> {

        private final ITemplateEngine templates;

        Html(ITemplateEngine templates) {
            super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
            this.templates = templates;
        }

        @Override
        protected boolean supports(Class<?> type) {
            return ProblemDetail.class.isAssignableFrom(type);
        }

        @Override
        protected boolean canRead(MediaType mediaType) {
            return false;
        }

        @Override
        protected ProblemDetail readInternal(Class<? extends ProblemDetail> type, HttpInputMessage input) {
            throw new HttpMessageNotReadableException("problem pages are written, never read", input);
        }

        @Override
        protected void writeInternal(ProblemDetail problem, HttpOutputMessage output) throws IOException {
            // A web context, so that the page's links (@{/…}) get the request's context path.
            ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
            WebContext context = new WebContext(JakartaServletWebApplication
                    .buildApplication(request.getRequest().getServletContext())
                    .buildExchange(request.getRequest(), request.getResponse()), LocaleContextHolder.getLocale());
            context.setVariable("status", problem.getStatus());
            context.setVariable("title", problem.getTitle());
            context.setVariable("detail", problem.getDetail());
            output.getBody().write(templates.process("ui/error", context).getBytes(StandardCharsets.UTF_8));
        }
    }
}
