package org.agendaledger.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentFormatTest {

    @Test
    void theFormatsAreNamedMdHtmlAndPdfInAnyCase() {
        assertThat(DocumentFormat.named("md")).contains(DocumentFormat.MD);
        assertThat(DocumentFormat.named("HTML")).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.named(" pdf ")).contains(DocumentFormat.PDF);
    }

    @Test
    void anyOtherNameIsNoFormat() {
        assertThat(DocumentFormat.named("docx")).isEmpty();
        assertThat(DocumentFormat.named("")).isEmpty();
        assertThat(DocumentFormat.named(null)).isEmpty();
    }

    @Test
    void eachFormatHasItsMediaTypeWithUtf8ForText() {
        assertThat(DocumentFormat.MD.mediaType()).hasToString("text/markdown;charset=UTF-8");
        assertThat(DocumentFormat.HTML.mediaType()).hasToString("text/html;charset=UTF-8");
        assertThat(DocumentFormat.PDF.mediaType()).hasToString("application/pdf");
    }
}
