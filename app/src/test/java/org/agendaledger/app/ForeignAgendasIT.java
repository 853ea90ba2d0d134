package org.agendaledger.app;

import static org.agendaledger.app.Scenario.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Three real annotated agendas of other bodies, organisations and decades (app/src/test/resources/agendas, with
 * their sources): each goes through the text import as a secretariat would use it — the text read into a proposal,
 * reviewed and corrected where the reading needed help (each correction kept beside the fixture with its reason,
 * and counted), imported in one step, approved by silence, issued — and its document says, in Markdown, HTML and
 * PDF, every one of the fixture's distinctive fragments in the original's order. Then no body's own wording may
 * appear in another body's document, the seed's included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignAgendasIT extends LedgerIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FIXTURES = List.of("FCCC-AG13-1997-1", "UNEP-FAO-CHW-RC-POPS-JWG.2-1-Add.1",
            "IPBES-2-1-Add.1");
    private static final String SEED_MEETING = "ctoc-cop-wg4-2020";
    /** A number or label a fragment starts with: the wording is what follows it. */
    private static final Pattern LABEL = Pattern.compile("^(Item \\d+:?|\\d+\\.|\\([a-z]+\\)|[IVX]+\\.)\\s*");

    /** Each body's document as read back from each format, by fixture. */
    private final Map<String, Map<String, String>> rendered = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    @BeforeAll
    void importEveryFixture() throws IOException {
        for (String fixture : FIXTURES) {
            String text = resource(fixture + ".txt");
            sources.put(fixture, text);
            rendered.put(fixture, importAndRender(fixture, text));
        }
        sources.put("seed", read("/seed/CTOC-COP-WG.4-2020-1.txt"));
        await().atMost(PATIENCE).until(() -> secretariat().get("/api/meetings/" + SEED_MEETING + "/agenda")
                .status() == 200);
        rendered.put("seed", formats("/api/meetings/" + SEED_MEETING + "/agenda/document"));
    }

    @Test
    void everyFixtureSaysEachOfItsFragmentsInTheOriginalsOrderInEveryFormat() throws IOException {
        for (String fixture : FIXTURES) {
            List<String> fragments = lines(resource(fixture + ".fragments.txt"));
            assertThat(fragments).as(fixture + " has its fragments").hasSizeGreaterThanOrEqualTo(25);
            for (Map.Entry<String, String> format : rendered.get(fixture).entrySet()) {
                int found = RenderedText.assertInOrder(fragments, format.getValue(),
                        fixture + " as " + format.getKey());
                System.out.printf("%s as %s: %d of %d fragments in the original's order%n", fixture,
                        format.getKey(), found, fragments.size());
            }
        }
    }

    @Test
    void noBodysOwnWordingAppearsInAnotherBodysDocument() throws IOException {
        Map<String, List<String>> wording = new LinkedHashMap<>();
        for (String fixture : FIXTURES) {
            wording.put(fixture, lines(resource(fixture + ".fragments.txt")));
        }
        wording.put("seed", AgendaDocumentIT.seedLines());
        int checked = 0;
        for (String body : wording.keySet()) {
            for (String other : rendered.keySet()) {
                if (other.equals(body)) {
                    continue;
                }
                String otherSource = RenderedText.normalized(sources.get(other)).toLowerCase(Locale.ROOT);
                for (String fragment : wording.get(body)) {
                    String words = LABEL.matcher(RenderedText.normalized(fragment)).replaceFirst("");
                    // wording both documents share ("Organizational matters", "Second session") is nobody's own
                    if (words.length() < 12 || otherSource.contains(words.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    for (Map.Entry<String, String> format : rendered.get(other).entrySet()) {
                        assertThat(RenderedText.normalized(format.getValue()))
                                .as("%s's \"%s\" in %s's document as %s", body, words, other, format.getKey())
                                .doesNotContain(words);
                        checked++;
                    }
                }
            }
        }
        System.out.printf("%d fragments of one body checked absent from another body's document%n", checked);
        assertThat(checked).isGreaterThan(300);
    }

    // ------------------------------------------------------------------------------------------- one fixture

    private Map<String, String> importAndRender(String fixture, String text) throws IOException {
        Scenario s = new Scenario(secretariat()).bureau("member-a").meeting().topics();
        String meeting = "/api/meetings/" + s.meetingId;
        s.circulate("SUBSTANTIVE_TOPICS", Scenario.SOON);
        await().atMost(PATIENCE).until(() -> secretariat().get(meeting).json().path("topicsApproved")
                .asBoolean(false));

        ObjectNode proposal = (ObjectNode) expect(secretariat().post(meeting + "/agenda/import/text",
                "text/plain;charset=UTF-8", text), 200).json();
        int corrections = correct(proposal, fixture);
        JsonNode unplaced = proposal.path("unplaced");
        System.out.printf("%s: read with %d lines not placed (%s), %d corrections%n", fixture, unplaced.size(),
                reasons(unplaced), corrections);

        expect(secretariat().post(meeting + "/agenda/import", JSON.treeToValue(proposal.get("document"), Map.class)),
                200);
        s.circulate("AGENDA", Scenario.SOON);
        await().atMost(PATIENCE).until(() -> secretariat().get(meeting + "/agenda").json().path("approvedVersion")
                .asInt(0) > 0);
        JsonNode issue = proposal.get("issue");
        Map<String, Object> issued = new LinkedHashMap<>();
        issued.put("symbol", issue.path("symbol").asString());
        issued.put("dateOfIssue", issue.path("dateOfIssue").asString());
        issued.put("distribution", issue.path("distribution").asString());
        issued.put("originalLanguage", issue.path("originalLanguage").asString());
        expect(secretariat().post(meeting + "/agenda/issue", issued), 200);
        await().atMost(PATIENCE).until(() -> secretariat().get(meeting + "/agenda").json().hasNonNull("issued"));
        return formats(meeting + "/agenda/document");
    }

    private Map<String, String> formats(String document) {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            texts.put("Markdown", RenderedText.markdownText(expect(secretariat().get(document + "?format=md"), 200)
                    .raw()));
            texts.put("HTML", RenderedText.htmlText(expect(secretariat().get(document + "?format=html"), 200).raw()));
            ApiClient.Download pdf = secretariat().download(document + "?format=pdf");
            assertThat(pdf.status()).isEqualTo(200);
            texts.put("PDF", RenderedText.pdfText(pdf.body()));
        } catch (Exception e) {
            throw new AssertionError("The document " + document + " cannot be read back", e);
        }
        return texts;
    }

    /**
     * Applies the reviewer's corrections to the proposal: a JSON array beside the fixture, each entry a JSON
     * pointer into the proposal, the value it gets ({@code "set"}), or an element inserted before the index the
     * pointer ends with ({@code "insert"}), or removed ({@code "remove"}), and why.
     */
    private static int correct(ObjectNode proposal, String fixture) throws IOException {
        String corrections;
        try {
            corrections = resource(fixture + ".corrections.json");
        } catch (IllegalStateException none) {
            return 0;
        }
        JsonNode list = JSON.readTree(corrections);
        for (JsonNode correction : list) {
            assertThat(correction.path("why").asString("")).as("every correction says why").isNotBlank();
            JsonPointer pointer = JsonPointer.compile(correction.get("path").asString());
            JsonNode parent = proposal.at(pointer.head());
            String last = pointer.last().getMatchingProperty();
            String op = correction.path("op").asString("set");
            assertThat(parent.isMissingNode()).as("%s: %s exists", fixture, pointer.head()).isFalse();
            if (parent instanceof ArrayNode array) {
                int index = Integer.parseInt(last);
                switch (op) {
                    case "insert" -> array.insert(index, correction.get("value"));
                    case "remove" -> array.remove(index);
                    default -> array.set(index, correction.get("value"));
                }
            } else {
                ObjectNode object = (ObjectNode) parent;
                if (op.equals("remove")) {
                    object.remove(last);
                } else {
                    object.set(last, correction.get("value"));
                }
            }
        }
        return list.size();
    }

    private static String reasons(JsonNode unplaced) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        unplaced.forEach(u -> byReason.merge(u.path("reason").asString(), 1, Integer::sum));
        return byReason.toString();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String resource(String name) throws IOException {
        return read("/agendas/" + name);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ForeignAgendasIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
