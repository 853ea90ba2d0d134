package org.agendaledger.query.admin;

import org.agendaledger.query.consistency.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration", description = "Rebuilding read models from the event history (secretariat only)")
class ProjectionRebuildController {

    private final ProjectionRebuilds rebuilds;

    ProjectionRebuildController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @ReadsFrom({})
    @GetMapping
    @Operation(summary = "The read models and where each stands")
    List<RebuildStatus> readModels() {
        return rebuilds.all();
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Reset one read model and replay the whole history into it")
    RebuildStatus rebuild(@PathVariable String name) {
        return rebuilds.rebuild(name);
    }

    @ReadsFrom({})
    @GetMapping("/{name}/rebuild")
    @Operation(summary = "Progress of a rebuild: position, head, events per second, estimated time left")
    RebuildStatus progress(@PathVariable String name) {
        return rebuilds.status(name);
    }
}
