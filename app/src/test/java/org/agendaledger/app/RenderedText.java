package org.agendaledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * A rendered document read back as a reader would: Markdown through a CommonMark parser, the HTML page as XML, the
 * PDF through PDFBox's text extraction; and the check that fragments stand in it in a given order.
 */
final class RenderedText {

    private static final Pattern PDF_PAGE_NUMBER = Pattern.compile("(?m)^\\s*\\d+/\\d+\\s*\\z");

    private RenderedText() {
    }

    /** The Markdown as parsed: the words of its blocks, list items with their numbers, table cells apart. */
    static String markdownText(String markdown) {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        StringBuilder words = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(OrderedList list) {
                int number = list.getMarkerStartNumber();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    words.append(' ').append(number++).append(list.getMarkerDelimiter()).append(' ');
                    item.accept(this);
                }
            }

            @Override
            public void visit(Heading heading) {
                apart(heading);
            }

            @Override
            public void visit(Paragraph paragraph) {
                apart(paragraph);
            }

            @Override
            public void visit(CustomBlock block) {
                apart(block);
            }

            @Override
            public void visit(CustomNode tablePart) {
                apart(tablePart);
            }

            @Override
            public void visit(Text text) {
                words.append(text.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                words.append(' ');
            }

            @Override
            public void visit(HtmlInline html) {
                throw new AssertionError("The Markdown holds raw HTML: " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                throw new AssertionError("The Markdown holds raw HTML: " + html.getLiteral());
            }

            private void apart(Node node) {
                words.append(' ');
                visitChildren(node);
                words.append(' ');
            }
        });
        return words.toString();
    }

    /** The HTML page parsed as XML (it must be well-formed XHTML): the words of its body, blocks apart. */
    static String htmlText(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        Element body = (Element) page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "body").item(0);
        StringBuilder words = new StringBuilder();
        appendWords(body, words);
        return words.toString();
    }

    private static void appendWords(org.w3c.dom.Node node, StringBuilder words) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                words.append(child.getNodeValue());
            } else if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                boolean block = !"span".equals(child.getLocalName());
                words.append(block ? " " : "");
                appendWords(child, words);
                words.append(block ? " " : "");
            }
        }
    }

    /** The PDF's text page by page, in reading position, without the page numbers at the foot of each page. */
    static String pdfText(byte[] pdf) throws IOException {
        return pdfText(pdf, 1);
    }

    /** As above, for a document that must run to at least that many pages. */
    static String pdfText(byte[] pdf, int minimumPages) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(minimumPages);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                assertThat(PDF_PAGE_NUMBER.matcher(pageText).find()).as("page %d ends with its number", page).isTrue();
                text.append(PDF_PAGE_NUMBER.matcher(pageText).replaceFirst("")).append('\n');
            }
        }
        return text.toString().replaceAll("-\\R", "-");
    }

    static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Each fragment, in turn, somewhere after the previous one; returns how many were found. */
    static int assertInOrder(List<String> fragments, String rendered, String what) {
        String text = normalized(rendered);
        int from = 0;
        for (String fragment : fragments) {
            String wanted = normalized(fragment);
            int at = text.indexOf(wanted, from);
            assertThat(at).as("%s: \"%s\" after \"…%s\"; the document reads:%n%s", what, wanted,
                    text.substring(Math.max(0, from - 80), from), text).isNotNegative();
            from = at + wanted.length();
        }
        return fragments.size();
    }
}
