package org.agendaledger.query.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The formats the agenda document is rendered in, named as in {@code ?format=}. */
enum DocumentFormat {

    MD("md", MediaType.parseMediaType("text/markdown;charset=UTF-8")),
    HTML("html", MediaType.parseMediaType("text/html;charset=UTF-8")),
    PDF("pdf", MediaType.APPLICATION_PDF);

    private final String parameter;
    private final MediaType mediaType;

    DocumentFormat(String parameter, MediaType mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    static Optional<DocumentFormat> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.parameter.equals(wanted)).findFirst();
    }

    String parameter() {
        return parameter;
    }

    MediaType mediaType() {
        return mediaType;
    }
}
