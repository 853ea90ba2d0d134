package org.agendaledger.app.web;

import org.agendaledger.query.silence.MemberRecord;
import org.agendaledger.query.silence.SilenceProcedureQueries.FindMemberRecord;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A Bureau member's own record: every silence procedure circulated to them, newest first, what they did on each
 * and how it ended. Only their own: naming another member is refused.
 */
@Controller
class MemberRecordPage {

    private final QueryGateway queries;
    private final MeetingReads reads;

    MemberRecordPage(QueryGateway queries, MeetingReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/my-record")
    String record(@RequestParam(required = false) String memberId, Model model) {
        Viewer viewer = Viewer.current().filter(Viewer::bureauMember).filter(v -> v.memberId() != null)
                .orElseThrow(() -> new AccessDeniedException("Only a Bureau member has a record."));
        if (memberId != null && !memberId.equals(viewer.memberId())) {
            throw new AccessDeniedException("A Bureau member can read only their own record.");
        }
        MemberRecord record = queries.query(new FindMemberRecord(viewer.memberId()),
                ResponseTypes.instanceOf(MemberRecord.class)).join();
        model.addAttribute("record", record);
        model.addAttribute("meetings", reads.names(record.entries().stream().map(MemberRecord.Entry::meetingId)
                .toList()));
        model.addAttribute("format", new ProcedurePages.Formats());
        return "my-record";
    }
}
