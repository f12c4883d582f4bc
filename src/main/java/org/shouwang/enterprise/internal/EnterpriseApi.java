package org.shouwang.enterprise.internal;

import java.net.URI;
import java.util.UUID;

import org.shouwang.enterprise.Enterprise;
import org.shouwang.enterprise.EnterpriseInputs;
import org.shouwang.enterprise.EnterpriseIssue;
import org.shouwang.enterprise.EnterpriseListItem;
import org.shouwang.enterprise.Enterprises;
import org.shouwang.enterprise.Liaison;
import org.shouwang.platform.Page;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 警企 liaison under {@code /api/v1}: the registry, liaisons, issues and their follow-up, with
 * {@code enterprise:read} / {@code enterprise:write}.
 */
@RestController
@RequestMapping("/api/v1")
class EnterpriseApi {

	private final Enterprises enterprises;

	EnterpriseApi(Enterprises enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping("/enterprises")
	@PreAuthorize("hasAuthority('enterprise:read')")
	Page<EnterpriseListItem> list(@RequestParam(required = false) Enterprise.Kind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return enterprises.list(kind, q, page, size);
	}

	@PostMapping("/enterprises")
	@PreAuthorize("hasAuthority('enterprise:write')")
	ResponseEntity<Enterprise> register(@RequestBody EnterpriseInputs.EnterpriseInput input) {
		Enterprise e = enterprises.register(input);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + e.id())).body(e);
	}

	@GetMapping("/enterprises/{id}")
	@PreAuthorize("hasAuthority('enterprise:read')")
	EnterpriseInputs.EnterpriseDetail detail(@PathVariable UUID id) {
		return enterprises.detail(id);
	}

	@PostMapping("/enterprises/{id}/liaisons")
	@PreAuthorize("hasAuthority('enterprise:write')")
	@ResponseStatus(HttpStatus.CREATED)
	Liaison liaison(@PathVariable UUID id, @RequestBody EnterpriseInputs.LiaisonInput input) {
		return enterprises.recordLiaison(id, input);
	}

	@PostMapping("/enterprises/{id}/issues")
	@PreAuthorize("hasAuthority('enterprise:write')")
	@ResponseStatus(HttpStatus.CREATED)
	EnterpriseIssue issue(@PathVariable UUID id, @RequestBody EnterpriseInputs.IssueInput input) {
		return enterprises.raiseIssue(id, input);
	}

	@PostMapping("/enterprise-issues/{id}/follow-ups")
	@PreAuthorize("hasAuthority('enterprise:write')")
	EnterpriseIssue followUp(@PathVariable UUID id, @RequestBody EnterpriseInputs.FollowUpInput input) {
		return enterprises.followUp(id, input);
	}

	@PostMapping("/enterprise-issues/{id}/close")
	@PreAuthorize("hasAuthority('enterprise:write')")
	EnterpriseIssue close(@PathVariable UUID id, @RequestBody EnterpriseInputs.CloseInput input) {
		return enterprises.close(id, input);
	}
}
