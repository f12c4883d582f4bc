package org.shouwang.command;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The units API: {@code /api/v1/units} (live status and positions). */
@RestController
@RequestMapping("/api/v1/units")
class UnitApi {

	private final UnitBoard board;

	UnitApi(UnitBoard board) {
		this.board = board;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('unit:read')")
	List<Unit> units(@RequestParam(required = false) UnitStatus status,
			@RequestParam(required = false) String stationCode) {
		return board.units(status, stationCode);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('unit:read')")
	Unit unit(@PathVariable long id) {
		return board.unit(id);
	}

	@PutMapping("/{id}/position")
	@PreAuthorize("hasAuthority('unit:write')")
	ResponseEntity<Void> position(@PathVariable long id, @RequestBody PositionRequest request) {
		board.updatePosition(id, request);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/status")
	@PreAuthorize("hasAuthority('unit:write')")
	Unit status(@PathVariable long id, @RequestBody UnitStatusRequest request) {
		return board.setStatus(id, request);
	}
}
