package org.agendaledger.app.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.agendaledger.query.agenda.AgendaQueries.FindAgenda;
import org.agendaledger.query.agenda.AgendaView;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMeetingProcedures;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindSilenceProcedure;
import org.agendaledger.query.silence.SilenceProcedureView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What changed in the text under silence since the previous version: the procedure this one re-circulates, or
 * else the latest procedure of the same meeting on the same subject that started before it. Each version is the
 * procedure's covering text and the subject as it stood when that procedure started.
 */
@Component
class ProcedureChanges {

    private static final Logger log = LoggerFactory.getLogger(ProcedureChanges.class);

    /**
     * The lines of the text under silence ({@code current}), the previous version's procedure (none for the first
     * version) and the comparison of the two (every line added for the first version).
     */
    record Changes(List<TextChanges.Line> current, SilenceProcedureView previous,
                   TextChanges.Comparison comparison) {

        public boolean first() {
            return previous == null;
        }

        /** The lines of the given style, e.g. the meeting plan's. */
        public List<TextChanges.Line> currentOf(String... styles) {
            List<String> wanted = List.of(styles);
            return current.stream().filter(line -> wanted.contains(line.style())).toList();
        }
    }

    private final QueryGateway queries;

    ProcedureChanges(QueryGateway queries) {
        this.queries = queries;
    }

    /** The changes of a procedure whose subject, as of its start, is {@code pinned} (null when unknown). */
    Changes of(SilenceProcedureView procedure, AgendaView pinned) {
        List<TextChanges.Line> current = SubjectText.lines(procedure, pinned);
        Optional<SilenceProcedureView> previous = previous(procedure);
        List<TextChanges.Line> before = previous
                .map(p -> SubjectText.lines(p, agendaAsOfStart(p).orElse(null)))
                .orElse(List.of());
        return new Changes(current, previous.orElse(null), TextChanges.lines(before, current));
    }

    /** The procedure re-circulated, else the latest earlier procedure of the meeting on the same subject. */
    Optional<SilenceProcedureView> previous(SilenceProcedureView procedure) {
        try {
            if (procedure.recirculationOf() != null) {
                return queries.query(new FindSilenceProcedure(procedure.recirculationOf(), null),
                        ResponseTypes.optionalInstanceOf(SilenceProcedureView.class)).join();
            }
            return queries.query(FindMeetingProcedures.current(procedure.meetingId()),
                    ResponseTypes.multipleInstancesOf(SilenceProcedureView.class)).join().stream()
                    .filter(p -> !p.procedureId().equals(procedure.procedureId()))
                    .filter(p -> p.subject().kind() == procedure.subject().kind())
                    .filter(p -> p.startedAt().isBefore(procedure.startedAt()))
                    .max(Comparator.comparing(SilenceProcedureView::startedAt)
                            .thenComparing(SilenceProcedureView::procedureId));
        } catch (CompletionException e) {
            log.warn("The version before procedure {} could not be read", procedure.procedureId(), e);
            return Optional.empty();
        }
    }

    /** The meeting's agenda (topics, items, plan) as it stood when the procedure started. */
    Optional<AgendaView> agendaAsOfStart(SilenceProcedureView procedure) {
        try {
            return queries.query(new FindAgenda(procedure.meetingId(), procedure.startedAt()),
                    ResponseTypes.optionalInstanceOf(AgendaView.class)).join();
        } catch (CompletionException e) {
            log.warn("The agenda of {} as of {} could not be read", procedure.meetingId(), procedure.startedAt(), e);
            return Optional.empty();
        }
    }
}
