package org.shouwang.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.video.Cameras;
import org.shouwang.video.NearbyCamera;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.security.DataScope;
import org.shouwang.video.VideoPermissions;


import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dispatcher's pages: {@code /command} (intake form with map, open incidents by priority and age with
 * their timers, refreshed by an htmx poll) and {@code /command/incidents/{id}} (timeline, recommendations,
 * dispatch, progress, clearing, reclassification, duplicates).
 */
@Controller
@RequestMapping("/command")
class CommandPages {

	/** Board rows shown at most. */
	static final int BOARD_SIZE = 100;

	/** Radius and number of the cameras listed on an incident's page. */
	static final int NEARBY_CAMERA_RADIUS_M = 300, NEARBY_CAMERAS = 8;

	private final Incidents incidents;

	private final Dispatch dispatch;

	private final IncidentCatalogue catalogue;

	private final CommandProperties properties;

	private final MessageSource messages;

	private final String tileUrl;

	private final String tileAttribution;

	private final Cameras cameras;

	CommandPages(Incidents incidents, Dispatch dispatch, IncidentCatalogue catalogue, CommandProperties properties,
			MessageSource messages, @Value("${shouwang.map.tile-url:}") String tileUrl,
			@Value("${shouwang.map.tile-attribution:}") String tileAttribution, Cameras cameras) {
		this.cameras = cameras;
		this.incidents = incidents;
		this.dispatch = dispatch;
		this.catalogue = catalogue;
		this.properties = properties;
		this.messages = messages;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	/** The intake form as posted: everything as text, so that bad input comes back as typed. */
	record IntakeForm(String token, String channel, String category, String subtype, String priority, String lat,
			String lng, String address, String callerPhone, String summary, String reportedAt, Boolean backEntry) {

		static IntakeForm empty() {
			return new IntakeForm(UUID.randomUUID().toString(), IncidentChannel.CALL_110.name(), null, null, null, null,
					null, null, null, null, null, Boolean.FALSE);
		}
	}

	/** A row of the board: the incident, its age and how it stands against the arrival standard (ok, warn, bad). */
	record BoardRow(IncidentListItem incident, String elapsed, String level) {
	}

	// ---- the board

	@GetMapping
	@PreAuthorize("hasAuthority('incident:read')")
	String board(Model model) {
		return board(model, IntakeForm.empty(), Map.of());
	}

	private String board(Model model, IntakeForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("channels", IncidentChannel.values());
		model.addAttribute("categories", IncidentCategory.values());
		model.addAttribute("subtypes", subtypesOf(form.category()));
		model.addAttribute("selected", form.subtype());
		model.addAttribute("rows", rows());
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "command/board";
	}

	@GetMapping("/open-incidents")
	@PreAuthorize("hasAuthority('incident:read')")
	String boardRows(Model model) {
		model.addAttribute("rows", rows());
		return "command/parts :: board";
	}

	@GetMapping("/subtypes")
	@PreAuthorize("hasAuthority('incident:read')")
	String subtypes(@RequestParam(required = false) String category, Model model) {
		model.addAttribute("subtypes", subtypesOf(category));
		model.addAttribute("selected", null);
		return "command/parts :: subtype-options";
	}

	private List<IncidentSubtype> subtypesOf(String category) {
		IncidentCategory parsed = parse(IncidentCategory.class, category);
		return parsed == null ? List.of() : catalogue.subtypes(parsed);
	}

	private List<BoardRow> rows() {
		Instant now = Instant.now();
		return incidents.open(BOARD_SIZE).stream().map(i -> row(i, now, properties.timers())).toList();
	}

	static BoardRow row(IncidentListItem incident, Instant now, CommandProperties.Timers timers) {
		long seconds = Math.max(0, Duration.between(incident.reportedAt().toInstant(), now).getSeconds());
		String level;
		if (incident.status() == IncidentStatus.ON_SCENE) {
			level = Boolean.FALSE.equals(incident.arrivalWithinStandard()) ? "bad" : "ok";
		}
		else if (incident.arrivalStandardSeconds() == null) {
			level = "ok";
		}
		else {
			level = timers.level(seconds, incident.arrivalStandardSeconds());
		}
		return new BoardRow(incident, elapsed(seconds), level);
	}

	private static String duration(Long seconds) {
		return seconds == null ? "—" : elapsed(seconds);
	}

	static String elapsed(long seconds) {
		long days = seconds / 86_400;
		long h = seconds % 86_400 / 3600;
		long m = seconds % 3600 / 60;
		long s = seconds % 60;
		if (days > 0) {
			return String.format("%dd %02d:%02d", days, h, m);
		}
		return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
	}

	// ---- intake

	@PostMapping("/incidents")
	@PreAuthorize("hasAuthority('incident:write')")
	String intake(@ModelAttribute IntakeForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		IncidentRequest request = request(form, errors);
		if (errors.isEmpty()) {
			try {
				String token = form.token() == null || form.token().isBlank() ? UUID.randomUUID().toString() : form.token();
				IntakeOutcome outcome = incidents.intake(token, request);
				redirect.addFlashAttribute("notice", message("command.intake.created", outcome.number()));
				if (!outcome.inScope()) {
					// recorded, but outside the caller's station: back to the intake form
					return "redirect:/command";
				}
				return "redirect:/command/incidents/" + outcome.incidentId();
			}
			catch (InvalidInputException ex) {
				ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			}
			catch (IdempotencyKeyReusedException ex) {
				errors.put("token", message("command.intake.resubmitted"));
				form = new IntakeForm(UUID.randomUUID().toString(), form.channel(), form.category(), form.subtype(),
						form.priority(), form.lat(), form.lng(), form.address(), form.callerPhone(), form.summary(),
						form.reportedAt(), form.backEntry());
			}
		}
		response.setStatus(400);
		return board(model, form, errors);
	}

	private IncidentRequest request(IntakeForm form, Map<String, String> errors) {
		IncidentChannel channel = parse(IncidentChannel.class, form.channel());
		IncidentCategory category = parse(IncidentCategory.class, form.category());
		if (channel == null) {
			errors.put("channel", message("command.validation.required"));
		}
		if (category == null) {
			errors.put("category", message("command.validation.required"));
		}
		Integer priority = null;
		if (form.priority() != null && !form.priority().isBlank()) {
			priority = number("priority", form.priority(), errors) == null ? null
					: (int) Math.round(number("priority", form.priority(), errors));
		}
		Double lat = number("location.lat", form.lat(), errors);
		Double lng = number("location.lng", form.lng(), errors);
		java.time.OffsetDateTime reportedAt = null;
		if (form.reportedAt() != null && !form.reportedAt().isBlank()) {
			try {
				reportedAt = LocalDateTime.parse(form.reportedAt()).atZone(properties.zone()).toOffsetDateTime();
			}
			catch (DateTimeParseException ex) {
				errors.put("reportedAt", message("command.validation.time"));
			}
		}
		return new IncidentRequest(channel, category, blankToNull(form.subtype()), priority, reportedAt,
				new IncidentRequest.Point(lat, lng, blankToNull(form.address())), blankToNull(form.callerPhone()),
				blankToNull(form.summary()), Boolean.TRUE.equals(form.backEntry()) ? Boolean.TRUE : null);
	}

	private Double number(String field, String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, message("command.validation.number"));
			return null;
		}
	}

	// ---- one incident

	@GetMapping("/incidents/{id}")
	@PreAuthorize("hasAuthority('incident:read')")
	String incident(@PathVariable UUID id, Model model) {
		IncidentDetail incident = incidents.get(id);
		model.addAttribute("incident", incident);
		model.addAttribute("row", row(new IncidentListItem(incident.id(), incident.number(), incident.status(),
				incident.channel(), incident.category(), incident.subtype(), incident.subtypeName(), incident.priority(),
				incident.reportedAt(), incident.location(), incident.gridCode(), incident.stationCode(),
				incident.outsideDistrict(), incident.callerPhone(), incident.summary(), incident.backEntry(),
				incident.possibleDuplicateOf(), incident.mergedInto(), incident.arrivalStandardSeconds(),
				incident.arrivalWithinStandard(), incident.demo()), Instant.now(), properties.timers()));
		model.addAttribute("recommendations", incident.status().isOpen() ? dispatch.recommend(id, 5) : List.of());
		model.addAttribute("dispositions", Disposition.forCategory(incident.category()));
		model.addAttribute("categories", IncidentCategory.values());
		model.addAttribute("subtypes", catalogue.subtypes(incident.category()));
		model.addAttribute("canEnRoute", Incident.canMove(incident.status(), ProgressStatus.EN_ROUTE));
		model.addAttribute("canOnScene", Incident.canMove(incident.status(), ProgressStatus.ON_SCENE));
		model.addAttribute("canClear", Incident.canMove(incident.status(), ProgressStatus.CLEARED));
		model.addAttribute("history", incidents.history(id));
		model.addAttribute("nearbyCameras", nearbyCameras(incident));
		IncidentIntervals intervals = incident.intervals();
		model.addAttribute("intervals", List.of(duration(intervals.receivedToDispatchedSeconds()),
				duration(intervals.dispatchedToOnSceneSeconds()), duration(intervals.onSceneSeconds())));
		return "command/incident";
	}

	/** Cameras around the incident for holders of camera:read (none for others), within the caller's scope. */
	private List<NearbyCamera> nearbyCameras(IncidentDetail incident) {
		if (!Caller.holds(VideoPermissions.CAMERA_READ)) {
			return null;
		}
		return cameras.near(incident.location().lat(), incident.location().lng(), NEARBY_CAMERA_RADIUS_M)
			.stream()
			.filter(n -> DataScope.current().permits(n.camera().stationCode())) // the camera registry is not scoped yet
			.limit(NEARBY_CAMERAS)
			.toList();
	}

	@PostMapping("/incidents/{id}/dispatch")
	@PreAuthorize("hasAuthority('incident:dispatch')")
	String dispatch(@PathVariable UUID id, @RequestParam long unitId, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			IncidentDetail incident = dispatch.dispatch(id, new DispatchRequest(unitId, null, null));
			String callSign = incident.assignments().stream().filter(a -> a.unitId() == unitId).map(Assignment::callSign)
				.reduce((a, b) -> b).orElse(String.valueOf(unitId));
			return message("command.dispatch.done", callSign);
		});
	}

	@PostMapping("/incidents/{id}/progress")
	@PreAuthorize("hasAuthority('incident:dispatch')")
	String progress(@PathVariable UUID id, @RequestParam String status,
			@RequestParam(required = false) String disposition, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			ProgressStatus target = parse(ProgressStatus.class, status);
			if (target == null) {
				throw new InvalidInputException("status", "unknown");
			}
			Disposition chosen = parse(Disposition.class, disposition);
			dispatch.progress(id, new ProgressRequest(target, null, note, chosen));
			return message("command.progress.done", message("incident.status." + target.name()));
		});
	}

	@PostMapping("/incidents/{id}/reclassify")
	@PreAuthorize("hasAuthority('incident:write')")
	String reclassify(@PathVariable UUID id, @RequestParam(required = false) String category,
			@RequestParam(required = false) String subtype, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			incidents.reclassify(id, new ReclassifyRequest(parse(IncidentCategory.class, category), blankToNull(subtype),
					reason, null));
			return message("command.reclassify.done");
		});
	}

	@PostMapping("/incidents/{id}/merge")
	@PreAuthorize("hasAuthority('incident:write')")
	String merge(@PathVariable UUID id, @RequestParam UUID into, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			incidents.merge(id, into);
			return message("command.merge.done");
		});
	}

	@PostMapping("/incidents/{id}/dismiss-duplicate")
	@PreAuthorize("hasAuthority('incident:write')")
	String dismissDuplicate(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			incidents.dismissDuplicate(id);
			return message("command.dismiss.done");
		});
	}

	private String act(UUID id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("notice", action.get());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", message("command.error.conflict") + " " + ex.getMessage());
		}
		catch (InvalidInputException ex) {
			StringBuilder detail = new StringBuilder();
			ex.errors().forEach(e -> detail.append(' ').append(e.field()).append(": ").append(e.message()).append('.'));
			redirect.addFlashAttribute("problem", message("command.error.invalid") + detail);
		}
		return "redirect:/command/incidents/" + id;
	}

	// ---- helpers

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst().orElse(null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
