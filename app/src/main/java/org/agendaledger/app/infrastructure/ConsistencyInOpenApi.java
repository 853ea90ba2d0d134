package org.agendaledger.app.infrastructure;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import org.agendaledger.command.api.Accepted;
import org.agendaledger.query.consistency.ReadsFrom;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description states read-your-writes as the contract it is: every command's answer names the position
 * it reached ({@code Ledger-Position}), and every read that answers from read models takes a position not to be older
 * than ({@code Ledger-Not-Older-Than} or {@code notOlderThan}), with the {@code 503} it may answer.
 */
@Component
class ConsistencyInOpenApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (Accepted.class.isAssignableFrom(handler.getMethod().getReturnType())) {
            ApiResponses responses = operation.getResponses();
            if (responses != null) {
                responses.forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        response.addHeaderObject(Accepted.POSITION_HEADER, new Header()
                                .description("The store's position after the command; send it back as "
                                        + ConsistentReads.HEADER + " to read what it did")
                                .schema(new IntegerSchema().format("int64")));
                    }
                });
            }
        }
        ReadsFrom reads = handler.getMethodAnnotation(ReadsFrom.class);
        if (reads != null && reads.value().length > 0) {
            String models = String.join(", ", reads.value());
            operation.addParametersItem(new HeaderParameter().name(ConsistentReads.HEADER).required(false)
                    .description("Answer only once " + models + " has reached this store position (a command's "
                            + "Ledger-Position); 503 with Retry-After when it has not in time")
                    .schema(new IntegerSchema().format("int64").minimum(BigDecimal.valueOf(-1))));
            operation.addParametersItem(new QueryParameter().name(ConsistentReads.PARAMETER).required(false)
                    .description("The same as the header " + ConsistentReads.HEADER)
                    .schema(new IntegerSchema().format("int64").minimum(BigDecimal.valueOf(-1))));
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            operation.getResponses().addApiResponse("503", new ApiResponse()
                    .description("The read model has not reached the position asked for (READ_MODEL_BEHIND) or is "
                            + "held up by a parked event (READ_MODEL_BLOCKED)")
                    .content(new Content().addMediaType("application/problem+json", new MediaType())));
        }
        return operation;
    }
}
