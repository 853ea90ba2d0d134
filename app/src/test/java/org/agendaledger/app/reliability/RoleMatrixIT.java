package org.agendaledger.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.agendaledger.app.ApiClient;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.Scenario;
import org.agendaledger.app.reliability.ApiDescription.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, for every operation of the OpenAPI description and five identities: nobody signed in, the
 * auditor, the secretariat, the Bureau member the operation concerns (an addressee of the procedure in the path, the
 * member in the path, a member of the meeting's Bureau) and another Bureau member. The expected answers are the
 * checked-in table {@code role-matrix.tsv}; an operation missing from it, or one it names that no longer exists, fails
 * the test. A denied request answers 401 (nobody signed in) or 403 and stores nothing; an allowed one answers neither
 * (a rule may still refuse the command). No answer is a 5xx.
 */
@Tag("reliability")
class RoleMatrixIT extends LedgerIntegrationTest {

    private static final List<String> IDENTITIES = List.of("anonymous", "auditor", "secretariat", "member-concerned",
            "other-member");
    private static final String CONCERNED = "member-a";
    private static final String OTHER = "member-b";

    @Test
    void everyOperationAnswersEachIdentityAsTheRoleMatrixSays() throws IOException {
        // given: the table, and the operations of the running application
        Map<String, Map<String, Boolean>> table = table();
        Http http = new Http(port);
        StoredEvents events = new StoredEvents(jdbc);
        ApiDescription api = new ApiDescription(http.send(new Http.Request(null, "GET", "/v3/api-docs")).body());
        Set<String> documented = new TreeSet<>(api.operations().stream().map(Operation::key).toList());
        assertThat(table.keySet()).as("operations in role-matrix.tsv that the API no longer has")
                .isSubsetOf(documented);
        assertThat(documented).as("operations of the API missing from role-matrix.tsv").isSubsetOf(table.keySet());

        // when: each operation, on a fixture of its own, by each identity (the denied ones first, before an allowed
        // command changes the fixture)
        List<String> wrong = new ArrayList<>();
        for (Operation operation : api.operations()) {
            Fixture fixture = new Fixture(secretariat());
            Map<String, Boolean> expected = table.get(operation.key());
            List<String> order = new ArrayList<>(IDENTITIES);
            order.sort((a, b) -> Boolean.compare(expected.get(a), expected.get(b)));
            for (String identity : order) {
                Http.Request request = fixture.request(api, operation, user(identity));
                StoredEvents.Mark before = events.mark();
                Http.Response response = operation.streams() ? http.open(request) : http.send(request);
                int status = response.status();
                String cell = operation.key() + " as " + identity + ": " + response;
                if (status >= 500) {
                    wrong.add("answered " + status + ": " + cell);
                } else if (expected.get(identity)) {
                    if (status == 401 || status == 403) {
                        wrong.add("allowed in the table, refused: " + cell);
                    }
                } else {
                    int denial = identity.equals("anonymous") ? 401 : 403;
                    if (status != denial) {
                        wrong.add("denied in the table (" + denial + "), answered: " + cell);
                    }
                    List<String> stored = events.storedByUsersSince(before);
                    if (!stored.isEmpty()) {
                        wrong.add("denied, yet stored " + stored + ": " + cell);
                    }
                }
            }
        }

        // then
        assertThat(wrong).as("answers that differ from role-matrix.tsv").isEmpty();
    }

    private static String user(String identity) {
        return switch (identity) {
            case "anonymous" -> null;
            case "member-concerned" -> CONCERNED;
            case "other-member" -> OTHER;
            default -> identity;
        };
    }

    /** role-matrix.tsv: operation, then allowed or denied for each identity in the order of the header. */
    private static Map<String, Map<String, Boolean>> table() throws IOException {
        Map<String, Map<String, Boolean>> table = new LinkedHashMap<>();
        try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/role-matrix.tsv")) {
            assertThat(in).as("role-matrix.tsv on the test class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines.get(0).split("\t")).containsExactly("operation", "anonymous", "auditor", "secretariat",
                    "member-concerned", "other-member");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(IDENTITIES.size() + 1);
                Map<String, Boolean> row = new LinkedHashMap<>();
                for (int i = 0; i < IDENTITIES.size(); i++) {
                    assertThat(cells[i + 1]).as(line).isIn("allowed", "denied");
                    row.put(IDENTITIES.get(i), cells[i + 1].equals("allowed"));
                }
                assertThat(table.put(cells[0], row)).as("%s twice in role-matrix.tsv", cells[0]).isNull();
            }
        }
        return table;
    }

    /**
     * What the operations name, built through the API: a Bureau whose only member is the member concerned, its
     * meeting with topics, an agenda (items i1 to i3, sub-items i1a and i1b, a document under i1) and a procedure on
     * the topics, addressed to the member concerned, with a deadline far away.
     */
    private static final class Fixture {

        private final Scenario scenario;
        private final String procedureId;
        private final String symbol = "CTOC/COP/WG.4/2031/7";
        private final World world = new World();

        Fixture(ApiClient secretariat) {
            scenario = new Scenario(secretariat).bureau(CONCERNED).meeting().topics().agenda();
            Scenario.expect(secretariat.post("/api/meetings/" + scenario.meetingId + "/agenda/items/i1/documentation",
                    Map.of("symbol", symbol, "title", "Background paper")), 201);
            procedureId = scenario.circulate("SUBSTANTIVE_TOPICS", 30 * 24 * 3600);
            world.bureau(scenario.bureauId);
            world.members.get(scenario.bureauId).add(CONCERNED);
            world.meeting(scenario.meetingId, scenario.bureauId, List.of("s1", "s2"));
            world.itemsOf(scenario.meetingId).addAll(List.of("i1", "i2", "i3"));
            world.subItemsOf(scenario.meetingId, "i1").addAll(List.of("i1a", "i1b"));
            world.documentsOf(scenario.meetingId, "i1").add(symbol);
            world.procedure(procedureId, scenario.meetingId, List.of(CONCERNED));
        }

        /** A request valid for the operation (its body built from the schema), by the user, about this fixture. */
        Http.Request request(ApiDescription api, Operation operation, String user) {
            Requests.Valid valid = new Requests(api, world, new SplittableRandom(operation.key().hashCode()))
                    .build(operation, user == null ? "auditor" : user);
            assertThat(valid).as("a request for " + operation.key()).isNotNull();
            Map<String, String> path = new LinkedHashMap<>(Map.of("bureauId", scenario.bureauId,
                    "meetingId", scenario.meetingId, "procedureId", procedureId, "memberId", CONCERNED,
                    "itemId", "i1", "subItemId", "i1a", "slotId", "s1", "name", "meeting-view"));
            // a dead letter of the fixture's: nothing is parked, so the secretariat is told so (404), others refused
            path.putAll(Map.of("processingGroup", "meeting-view", "eventId", "no-parked-event"));
            path.keySet().removeIf(name -> !operation.path().contains("{" + name + "}"));
            Map<String, String> query = new LinkedHashMap<>(valid.queryValues());
            if (operation.path().endsWith("/documentation") && operation.method().equals("DELETE")) {
                query.put("symbol", symbol);
            }
            query.remove("subItemId");
            // a calendar's personal token is a credential of its own, not a role: the matrix asks without one
            query.remove("token");
            // the notices of one member: the member the operation concerns (a Bureau member reads only their own)
            if (query.containsKey("memberId")) {
                query.put("memberId", CONCERNED);
            }
            return valid.request().as(user).at(Requests.address(operation, path, query));
        }
    }
}
