package org.shouwang.command;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The incident catalogue over the API: {@code /api/v1/incident-subtypes}. Everyone who reads incidents may
 * read it; only administrators (catalogue:write) change it.
 */
@RestController
@RequestMapping("/api/v1/incident-subtypes")
class IncidentSubtypeApi {

	private static final String ERRORS = " Errors: 400 with every invalid field in errors (nothing is changed),"
			+ " 403 without catalogue:write, 404 unknown category or code.";

	private final IncidentCatalogueAdministration administration;

	IncidentSubtypeApi(IncidentCatalogueAdministration administration) {
		this.administration = administration;
	}

	@Operation(summary = "The subtypes of the incident catalogue, by category and sort order",
			description = "Both filters are optional: category (e.g. HELP) and active (true: offered at intake).")
	@GetMapping
	@PreAuthorize("hasAuthority('incident:read')")
	List<IncidentSubtype> list(@Parameter(description = "only this category") @RequestParam(required = false) IncidentCategory category,
			@Parameter(description = "only active (true) or deactivated (false) subtypes") @RequestParam(required = false) Boolean active) {
		return administration.list(category, active);
	}

	@Operation(summary = "One subtype of the incident catalogue, active or not")
	@GetMapping("/{category}/{code}")
	@PreAuthorize("hasAuthority('incident:read')")
	IncidentSubtype get(@PathVariable String category, @PathVariable String code) {
		return administration.get(category, code);
	}

	@Operation(summary = "Add a subtype to a category (administrators)", description = """
			Body: category, code (2 to 24 of A-Z, 0-9 and _, starting with a letter; unique within the category), \
			nameZh (at most 32 characters), nameEn (at most 64), defaultPriority 1 to 4, requiredCapability \
			(optional: WATER_RESCUE, MEDICAL_FIRST_AID, TRAFFIC, NEGOTIATION, CROWD_CONTROL, ARMED_RESPONSE), \
			unitsNeeded 1 to 10, sortOrder (optional, 0 to 9999; default: last of the category before the \
			catch-all). 201 with the subtype, active at once. 409 when the category has the code already. \
			Audited.""" + ERRORS)
	@PostMapping
	@PreAuthorize("hasAuthority('catalogue:write')")
	ResponseEntity<IncidentSubtype> create(@RequestBody(required = false) IncidentSubtypeInput input) {
		IncidentSubtype created = administration.create(input);
		return ResponseEntity.created(URI.create("/api/v1/incident-subtypes/" + created.category() + "/" + created.code()))
			.body(created);
	}

	@Operation(summary = "Change a subtype: names, default priority, capability, units needed, sort order (administrators)",
			description = """
					The same body as for creation; category and code may be left out and cannot be changed \
					(incidents refer to them). A new default priority applies to incidents taken from now on. \
					Audited.""" + ERRORS)
	@PutMapping("/{category}/{code}")
	@PreAuthorize("hasAuthority('catalogue:write')")
	IncidentSubtype update(@PathVariable String category, @PathVariable String code,
			@RequestBody(required = false) IncidentSubtypeInput input) {
		return administration.update(category, code, input);
	}

	@Operation(summary = "Deactivate a subtype: no longer offered at intake (administrators)", description = """
			Nothing is deleted: incidents that have the subtype keep it and show its name. Deactivating an inactive \
			subtype changes nothing. 409 for the last active subtype of a category. Audited.""" + ERRORS)
	@PostMapping("/{category}/{code}/deactivate")
	@PreAuthorize("hasAuthority('catalogue:write')")
	IncidentSubtype deactivate(@PathVariable String category, @PathVariable String code) {
		return administration.deactivate(category, code);
	}

	@Operation(summary = "Activate a subtype again: offered at intake (administrators)",
			description = "Audited." + ERRORS)
	@PostMapping("/{category}/{code}/activate")
	@PreAuthorize("hasAuthority('catalogue:write')")
	IncidentSubtype activate(@PathVariable String category, @PathVariable String code) {
		return administration.activate(category, code);
	}
}
