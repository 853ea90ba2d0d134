package org.agendaledger.query.bureau;

import org.agendaledger.query.consistency.ReadModel;
import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.agendaledger.query.bureau.BureauQueries.FindBureau;
import org.agendaledger.query.bureau.BureauQueries.FindBureaus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/bureaus")
@Tag(name = "Bureaus (read)", description = "The Bureaus and their members, current and retired")
class BureauQueryController {

    private final QueryGateway queries;

    BureauQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @ReadsFrom(ReadModel.BUREAU_VIEW)
    @GetMapping
    @Operation(summary = "List the Bureaus by name, each with its members (current and retired)")
    List<BureauView> bureaus() {
        return queries.query(new FindBureaus(), ResponseTypes.multipleInstancesOf(BureauView.class)).join();
    }

    @ReadsFrom(ReadModel.BUREAU_VIEW)
    @GetMapping("/{bureauId}")
    @Operation(summary = "One Bureau: its members in order of appointment, with when each was appointed and retired")
    BureauView bureau(@PathVariable String bureauId) {
        return queries.query(new FindBureau(bureauId), ResponseTypes.optionalInstanceOf(BureauView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no Bureau '%s'.".formatted(bureauId)));
    }
}
