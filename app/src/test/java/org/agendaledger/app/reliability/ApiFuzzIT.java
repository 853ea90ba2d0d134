package org.agendaledger.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.agendaledger.app.LedgerIntegrationTest;
import org.agendaledger.app.reliability.ApiDescription.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API driven by its own OpenAPI description: thousands of requests, one after the other over HTTP, some valid
 * (built from the schemas, so that commands are accepted and the ledger grows), most of them changed into something
 * wrong ({@link Mutations}). Every answer must be below 500; every 4xx must be {@code application/problem+json} with
 * a {@code code}; a refused request must store no event; a request changed into something the contract forbids must
 * be refused.
 * <p>
 * {@code -Dfuzz.seed=…} replays a run (the seed is printed at the start and with every failure; the same seed sends
 * the same sequence of requests on a fresh store, up to the timing of the application's own reactions),
 * {@code -Dfuzz.requests=…} sets how many (10 000), {@code -Dfuzz.budget=…} how long it may take at most (PT10M).
 */
@Tag("reliability")
// the fuzzer sends wrong credentials among its mutations, all from one address: were sign-ins throttled as in
// production, the users and the address would soon be locked and every later request answered 429 before reaching
// what is fuzzed (the throttling has tests of its own, SignInThrottlingIT)
@org.springframework.test.context.TestPropertySource(properties = {
        "agenda-ledger.security.sign-in.max-failures-per-user=1000000",
        "agenda-ledger.security.sign-in.max-failures-per-address=1000000"})
class ApiFuzzIT extends LedgerIntegrationTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final Duration BUDGET = Duration.parse(System.getProperty("fuzz.budget", "PT10M"));
    private static final int VALID_PERCENT = 30;
    private static final int FAILURES_SHOWN = 25;

    /** One answer that broke a rule, with what it takes to send it again. */
    private record Failure(int number, String rule, Http.Request request, Http.Response response, String mutation) {

        @Override
        public String toString() {
            return "#%d %s%n    request: %s%n    mutation: %s%n    answer: %s".formatted(number, rule, request,
                    mutation, response);
        }
    }

    @Test
    void everyRequestIsAnsweredBelow500AndEveryRefusalIsAProblemThatStoresNothing() {
        // given: the description of the running application, and what already exists (the story)
        long seed = Long.getLong("fuzz.seed", new SplittableRandom().nextLong());
        System.out.printf("ApiFuzzIT: seed %d (replay with -Dfuzz.seed=%d), %d requests%n", seed, seed, REQUESTS);
        SplittableRandom random = new SplittableRandom(seed);
        Http http = new Http(port);
        StoredEvents events = new StoredEvents(jdbc);
        ApiDescription api = new ApiDescription(http.send(new Http.Request(null, "GET", "/v3/api-docs")).body());
        World world = new World();
        Requests requests = new Requests(api, world, random);
        Mutations mutations = new Mutations(api, world, random);
        learnWhatExists(http, world);
        List<Operation> operations = api.operations().stream().filter(o -> !o.streams()).toList();
        assertThat(operations).hasSizeGreaterThan(40);

        // when
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byMutation = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        Set<String> operationsSent = new LinkedHashSet<>();
        Map<String, Long> timeByOperation = new TreeMap<>();
        long validTime = 0;
        int accepted = 0;
        int refusedMutations = 0;
        long storedAtStart = events.mark().count();
        long started = System.nanoTime();
        int sent = 0;
        while (sent < REQUESTS) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(BUDGET) > 0) {
                break;
            }
            Operation operation = pick(operations, world, random);
            Requests.Valid valid = requests.build(operation, null);
            if (valid == null) {
                continue;
            }
            Mutations.Mutated mutated = random.nextInt(100) < VALID_PERCENT ? null : mutations.apply(valid);
            Http.Request request = mutated == null ? valid.request() : mutated.request();
            String mutation = mutated == null ? "(valid)" : mutated.kind() + ": " + mutated.what();

            StoredEvents.Mark before = events.mark();
            long sending = System.nanoTime();
            Http.Response response = http.send(request);
            timeByOperation.merge(operation.key(), System.nanoTime() - sending, Long::sum);
            if (mutated == null) {
                validTime += System.nanoTime() - sending;
            }
            sent++;
            operationsSent.add(operation.key());
            byStatus.merge(Integer.toString(response.status()), 1, Integer::sum);
            byMutation.merge(mutated == null ? "(valid)" : mutated.kind().name(), 1, Integer::sum);

            int status = response.status();
            if (status >= 500) {
                failures.add(new Failure(sent, "answered " + status, request, response, mutation));
            } else if (status >= 400 && (!response.contentType().startsWith("application/problem+json")
                    || response.code() == null || response.code().isBlank())) {
                failures.add(new Failure(sent, "a " + status + " that is not problem+json with a code", request,
                        response, mutation));
            }
            boolean refused = status < 200 || status >= 300;
            if (refused) {
                List<String> stored = events.storedByUsersSince(before);
                if (!stored.isEmpty()) {
                    failures.add(new Failure(sent, "refused, yet stored " + stored, request, response, mutation));
                }
            }
            if (mutated != null && mutated.mustRefuse()) {
                if (refused) {
                    refusedMutations++;
                } else {
                    failures.add(new Failure(sent, "accepted what the contract forbids", request, response,
                            mutation));
                }
            }
            if (!refused && mutated == null) {
                if (!operation.reads()) {
                    accepted++;
                }
                learn(world, valid, response);
            }
            if (!refused) {
                world.learnFrom(response.json());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        // then
        long stored = events.mark().count() - storedAtStart;
        System.out.printf("ApiFuzzIT: seed %d: %d requests in %.1f s (%.0f per second) to %d of %d operations; "
                + "%d commands accepted, %d events stored; %d forbidden mutations refused%n"
                + "  by status: %s%n  by mutation: %s%n  failures: %d%n", seed, sent,
                elapsed.toMillis() / 1000.0, sent * 1000.0 / Math.max(1, elapsed.toMillis()), operationsSent.size(),
                operations.size(), accepted, stored, refusedMutations, byStatus, byMutation, failures.size());
        System.out.printf("  seconds answering: %.1f, of which valid requests %.1f%n",
                timeByOperation.values().stream().mapToLong(Long::longValue).sum() / 1e9, validTime / 1e9);
        System.out.println("  slowest operations (seconds in all): " + timeByOperation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000_000.0).toList());
        failures.stream().limit(FAILURES_SHOWN).forEach(System.out::println);
        writeAll(failures, seed);
        assertThat(failures).as("seed %d: replay with -Dfuzz.seed=%d -Dfuzz.requests=%d; the first failures:%n%s",
                seed, seed, failures.isEmpty() ? sent : failures.get(0).number(),
                String.join("\n", failures.stream().limit(FAILURES_SHOWN).map(Failure::toString).toList())).isEmpty();
        assertThat(sent).as("requests sent within %s", BUDGET).isEqualTo(REQUESTS);
        assertThat(accepted).as("commands accepted: the valid requests must make the ledger grow")
                .isGreaterThan(REQUESTS / 100);
        assertThat(operationsSent).as("operations reached").hasSize(operations.size());
    }

    /** Every failure, for a run that has more than can be shown: {@code target/api-fuzz-failures.txt}. */
    private static void writeAll(List<Failure> failures, long seed) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "api-fuzz-failures.txt"),
                    "seed " + seed + "\n" + String.join("\n", failures.stream().map(Failure::toString).toList()));
        } catch (java.io.IOException e) {
            System.out.println("ApiFuzzIT: target/api-fuzz-failures.txt could not be written: " + e);
        }
    }

    /** Commands weigh more than reads: they are where input is stored. */
    private static Operation pick(List<Operation> operations, World world, SplittableRandom random) {
        while (true) {
            Operation operation = World.any(operations, random);
            if (operation.path().startsWith("/api/admin/") && random.nextInt(10) != 0) {
                continue;
            }
            if (operation.path().equals("/api/audit/export") && random.nextInt(10) != 0) {
                continue;
            }
            // reads that grow with the ledger (every hash recomputed, a PDF rendered): fewer of them
            if ((operation.path().equals("/api/audit/verify") || operation.path().endsWith("/agenda/document"))
                    && random.nextInt(3) != 0) {
                continue;
            }
            // early on, the things the other commands need: Bureaus with members, meetings, agendas, procedures
            if (world.procedures.size() < 3 && random.nextBoolean()) {
                List<String> growing = List.of("POST /api/bureaus", "POST /api/bureaus/{bureauId}/members",
                        "POST /api/meetings", "POST /api/meetings/{meetingId}/topics",
                        "POST /api/meetings/{meetingId}/agenda", "POST /api/silence-procedures");
                String key = World.any(growing, random);
                return operations.stream().filter(o -> o.key().equals(key)).findFirst().orElse(operation);
            }
            if (operation.reads() && random.nextInt(3) == 0) {
                continue;
            }
            return operation;
        }
    }

    /** The Bureaus, their members and the meetings of the story. */
    private static void learnWhatExists(Http http, World world) {
        JsonNode bureaus = http.send(new Http.Request("auditor", "GET", "/api/bureaus")).json();
        bureaus.forEach(bureau -> {
            String bureauId = bureau.get("bureauId").asString();
            world.bureau(bureauId);
            bureau.path("members").forEach(member -> {
                if ("APPOINTED".equals(member.path("status").asString(""))) {
                    world.members.get(bureauId).add(member.get("memberId").asString());
                }
            });
        });
        JsonNode meetings = http.send(new Http.Request("auditor", "GET", "/api/meetings")).json();
        meetings.forEach(meeting -> world.meeting(meeting.get("meetingId").asString(),
                meeting.path("bureauId").asString(null), List.of()));
        world.learnFrom(bureaus);
        world.learnFrom(meetings);
    }

    /** What an accepted valid request created, changed or removed. */
    private static void learn(World world, Requests.Valid valid, Http.Response response) {
        JsonNode body = valid.body();
        Map<String, String> path = valid.pathValues();
        String created = response.json() == null ? null : response.json().path("id").asString(null);
        String meeting = path.get("meetingId");
        switch (valid.operation().key()) {
            case "POST /api/bureaus" -> world.bureau(created);
            case "POST /api/bureaus/{bureauId}/members" -> world.members.get(path.get("bureauId")).add(created);
            case "DELETE /api/bureaus/{bureauId}/members/{memberId}" ->
                world.members.get(path.get("bureauId")).remove(path.get("memberId"));
            case "POST /api/meetings" -> {
                world.meeting(created, body.get("bureauId").asString(), slotIds(body));
                world.bureau(body.get("bureauId").asString());
            }
            case "PUT /api/meetings/{meetingId}/plan" -> world.slots.put(meeting, slotIds(body));
            case "POST /api/meetings/{meetingId}/agenda" -> body.get("items").forEach(item -> {
                String itemId = item.get("itemId").asString();
                world.itemsOf(meeting).add(itemId);
                item.path("subItems").forEach(sub -> world.subItemsOf(meeting, itemId)
                        .add(sub.get("subItemId").asString()));
                item.path("documentation").forEach(doc -> world.documentsOf(meeting, itemId)
                        .add(doc.get("symbol").asString()));
            });
            case "POST /api/meetings/{meetingId}/agenda/import" -> {
                // the imported text replaces the draft's: its items and their first level of sub-items
                world.itemsOf(meeting).clear();
                body.get("items").forEach(item -> {
                    String itemId = item.get("itemId").asString();
                    world.itemsOf(meeting).add(itemId);
                    world.subItemsOf(meeting, itemId).clear();
                    world.documentsOf(meeting, itemId).clear();
                    item.path("subItems").forEach(sub -> world.subItemsOf(meeting, itemId)
                            .add(sub.get("subItemId").asString()));
                    item.path("documentation").forEach(doc -> world.documentsOf(meeting, itemId)
                            .add(doc.get("symbol").asString()));
                });
            }
            case "POST /api/meetings/{meetingId}/agenda/items" -> world.itemsOf(meeting).add(created);
            case "DELETE /api/meetings/{meetingId}/agenda/items/{itemId}" ->
                world.itemsOf(meeting).remove(path.get("itemId"));
            case "POST /api/meetings/{meetingId}/agenda/items/{itemId}/sub-items" ->
                world.subItemsOf(meeting, path.get("itemId")).add(created);
            case "DELETE /api/meetings/{meetingId}/agenda/items/{itemId}/sub-items/{subItemId}" ->
                world.subItemsOf(meeting, path.get("itemId")).remove(path.get("subItemId"));
            case "POST /api/meetings/{meetingId}/agenda/items/{itemId}/documentation" ->
                world.documentsOf(meeting, path.get("itemId")).add(body.get("symbol").asString());
            case "DELETE /api/meetings/{meetingId}/agenda/items/{itemId}/documentation" ->
                world.documentsOf(meeting, path.get("itemId")).remove(valid.queryValues().get("symbol"));
            case "POST /api/silence-procedures" -> {
                String of = body.get("meetingId").asString();
                world.procedure(created, of, List.copyOf(world.members.getOrDefault(world.bureauOf.get(of),
                        Set.of())));
            }
            case "POST /api/silence-procedures/{procedureId}/recirculation" -> {
                String broken = path.get("procedureId");
                world.procedure(created, world.meetingOf.get(broken), world.addressees.get(broken));
            }
            default -> {
            }
        }
    }

    private static List<String> slotIds(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.path("slots").forEach(slot -> {
            if (slot.has("slotId")) {
                ids.add(slot.get("slotId").asString());
            }
        });
        return ids;
    }
}
