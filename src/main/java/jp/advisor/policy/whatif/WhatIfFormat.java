package jp.advisor.policy.whatif;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forms a {@link WhatIfReport} can be written in, both UTF-8. The stream is flushed, never closed, so callers
 * can write to a response or a file they own.
 */
public enum WhatIfFormat {

    JSON("json", "application/json"),
    HTML("html", "text/html; charset=UTF-8");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final String extension;
    private final String mediaType;

    WhatIfFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, also the name {@link #of(String)} accepts. */
    public String extension() {
        return extension;
    }

    /** The Content-Type to serve it with. */
    public String mediaType() {
        return mediaType;
    }

    /** Writes the report; an I/O failure is thrown as {@link UncheckedIOException}. */
    public void write(WhatIfReport report, OutputStream out) {
        try {
            switch (this) {
                case JSON -> MAPPER.writeValue(out, report);
                case HTML -> WhatIfHtml.write(report, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses "json" or "html", ignoring case. */
    public static WhatIfFormat of(String name) {
        String wanted = name == null ? null : name.trim().toLowerCase(Locale.ROOT);
        for (WhatIfFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown what-if format: " + name + " (json or html)");
    }
}
