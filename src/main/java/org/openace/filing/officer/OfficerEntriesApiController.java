package org.openace.filing.officer;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.officer.OfficerPorts;
import org.openace.filing.EntryNumber;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Officers' moves on entry summaries through the API, for a customs officer's session (CSRF header as for the other
 * session APIs): {@code POST /api/v1/entry-summaries/{entryNumber}/actions/{move}} with the move's values in a JSON
 * object; 200 with the entry as it stands after the move. Errors are problem documents
 * ({@link OfficerEntriesApiProblems}): 404 {@code NOT_FOUND} for an unknown entry or move, 422
 * {@code VALIDATION_FAILED} with every field that is wrong, 409 {@code ENTRY_MOVE_REFUSED} with the entry summary's
 * reason when its state does not allow the move. Described in {@code /api/openapi.yaml}.
 */
@RestController
@RoleRequired("OFFICER")
class OfficerEntriesApiController {

    private final MoveEntry moveEntry;
    private final OfficerPorts ports;

    OfficerEntriesApiController(MoveEntry moveEntry, OfficerPorts ports) {
        this.moveEntry = moveEntry;
        this.ports = ports;
    }

    @PostMapping("/api/v1/entry-summaries/{entryNumber}/actions/{move}")
    ResponseEntity<EntryMoveJson.EntryState> move(@PathVariable String entryNumber, @PathVariable String move,
                                                  @RequestBody(required = false) @Nullable JsonNode body,
                                                  @AuthenticationPrincipal CurrentUser officer) {
        EntryNumber number = EntryNumber.tryParse(entryNumber).orElseThrow(OfficerApiException::notFound);
        MoveKind kind = MoveKind.ofPath(move).orElseThrow(OfficerApiException::notFound);
        MoveInput.Checked checked = EntryMoveJson.input(body).check(kind);
        if (checked instanceof MoveInput.Invalid invalid) {
            throw OfficerApiException.invalid(invalid.errors());
        }
        OfficerMove officerMove = ((MoveInput.Valid) checked).move();
        return switch (moveEntry.move(number, officerMove, AuditActor.user(officer.userId(), officer.username()),
                port -> ports.works(officer.userId(), port))) {
            case MoveOutcome.Moved moved -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                    .body(EntryMoveJson.EntryState.of(moved));
            case MoveOutcome.NotFound notFound -> throw OfficerApiException.notFound();
            case MoveOutcome.OutsidePorts outside ->
                    throw OfficerApiException.outsidePorts(number.formatted(), outside.port().value());
            case MoveOutcome.Refused refused -> throw OfficerApiException.refused(refused.reason());
        };
    }
}
