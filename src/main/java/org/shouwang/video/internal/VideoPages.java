package org.shouwang.video.internal;

import org.shouwang.video.AlertSources;
import org.shouwang.video.Camera;
import org.shouwang.video.CameraFilter;
import org.shouwang.video.CameraSource;
import org.shouwang.video.CameraStatus;
import org.shouwang.video.CameraImportException;
import org.shouwang.video.Cameras;
import org.shouwang.video.CheckInput;
import org.shouwang.video.CheckResult;
import org.shouwang.video.IncidentLink;
import org.shouwang.video.PatrolCheck;
import org.shouwang.video.QueueItem;
import org.shouwang.video.QueueState;
import org.shouwang.video.VideoPatrols;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.organization.OrganizationDirectory;
import org.shouwang.platform.InvalidInputException;


import org.shouwang.platform.Page;
import org.shouwang.platform.web.PageLinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The video pages: camera registry, CSV import, patrol queue and analytics alerts, under {@code /command/video}. */
@Controller
@RequestMapping("/command/video")
class VideoPages {

	private static final int PAGE_SIZE = 20;

	private final Cameras cameras;

	private final VideoPatrols patrols;

	private final VideoAlerts alerts;

	private final AlertSources sources;

	private final OrganizationDirectory organization;

	private final MessageSource messages;

	private final ZoneId zone;

	VideoPages(Cameras cameras, VideoPatrols patrols, VideoAlerts alerts, AlertSources sources,
			OrganizationDirectory organization, MessageSource messages,
			@Value("${shouwang.video.zone:Asia/Shanghai}") ZoneId zone) {
		this.cameras = cameras;
		this.patrols = patrols;
		this.alerts = alerts;
		this.sources = sources;
		this.organization = organization;
		this.messages = messages;
		this.zone = zone;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('camera:read')")
	String cameras(@RequestParam(required = false) String stationCode, @RequestParam(required = false) CameraSource source,
			@RequestParam(required = false) CameraStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CameraFilter filter = new CameraFilter(stationCode, source, status, q);
		Page<Camera> result = cameras.list(filter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("cameras", result);
		model.addAttribute("filtered", !filter.isEmpty());
		model.addAttribute("stations", organization.activeStations());
		model.addAttribute("sources", CameraSource.values());
		model.addAttribute("statuses", CameraStatus.values());
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		cameras.counts().forEach((k, v) -> counts.put(k.name(), v));
		model.addAttribute("counts", counts);
		model.addAttribute("pending", patrols.pendingCount() + alerts.pendingCount());
		java.util.Map<String, Object> filters = filters(filter);
		model.addAttribute("previousLink", PageLinks.link("/command/video", filters, result.page() - 1));
		model.addAttribute("nextLink", PageLinks.link("/command/video", filters, result.page() + 1));
		model.addAttribute("zone", zone);
		model.addAttribute("tab", "cameras");
		return "video/cameras";
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('camera:write')")
	String importForm(Model model) {
		model.addAttribute("tab", "import");
		return "video/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('camera:write')")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		model.addAttribute("tab", "import");
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", message("video.import.noFile"));
			response.setStatus(400);
			return "video/import";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("result", cameras.importCsv(in));
		}
		catch (CameraImportException ex) {
			model.addAttribute("importErrors", ex.errors());
			response.setStatus(400);
		}
		return "video/import";
	}

	@GetMapping("/queue")
	@PreAuthorize("hasAuthority('camera:read')")
	String queue(Model model) {
		List<QueueItem> items = patrols.queue(null).stream().filter(i -> i.state() != QueueState.UPCOMING).toList();
		model.addAttribute("items", items);
		model.addAttribute("overdue", items.stream().filter(i -> i.state() == QueueState.OVERDUE).count());
		model.addAttribute("checks", patrols.checks(null, null, 0, PAGE_SIZE));
		model.addAttribute("zone", zone);
		model.addAttribute("tab", "queue");
		return "video/queue";
	}

	@PostMapping("/queue/check")
	@PreAuthorize("hasAuthority('camera:write')")
	String check(@RequestParam String cameraCode, @RequestParam(required = false) Long planId,
			@RequestParam CheckResult result, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			PatrolCheck check = patrols.record(new CheckInput(cameraCode, planId, result, note));
			String text = message("video.check.recorded", check.cameraCode(), message(result.messageKey()));
			if (check.incidentStatus() == IncidentLink.OPENED) {
				text += " " + message("video.check.incident", check.incidentRef());
			}
			else if (check.incidentStatus() == IncidentLink.PENDING_INCIDENT) {
				text += " " + message("video.check.pending");
			}
			redirect.addFlashAttribute("notice", text);
		}
		catch (InvalidInputException ex) {
			String reasons = String.join("; ", ex.errors().stream().map(e -> e.field() + " " + e.message()).toList());
			redirect.addFlashAttribute("problem", message("video.check.failed", reasons));
		}
		return "redirect:/command/video/queue";
	}

	@GetMapping("/alerts")
	@PreAuthorize("hasAuthority('camera:read')")
	String alerts(@RequestParam(required = false) IncidentLink status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<AnalyticsAlert> result = alerts.list(null, status, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("alerts", result);
		model.addAttribute("status", status);
		model.addAttribute("filtered", status != null);
		model.addAttribute("statuses", List.of(IncidentLink.OPENED, IncidentLink.PENDING_INCIDENT, IncidentLink.DUPLICATE));
		model.addAttribute("sources", sources.list());
		java.util.Map<String, Object> filters = java.util.Collections.singletonMap("status", status);
		model.addAttribute("previousLink", PageLinks.link("/command/video/alerts", filters, result.page() - 1));
		model.addAttribute("nextLink", PageLinks.link("/command/video/alerts", filters, result.page() + 1));
		model.addAttribute("zone", zone);
		model.addAttribute("tab", "alerts");
		return "video/alerts";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The camera list's filters as the pager's query parameters (PageLinks leaves out the empty ones). */
	private static java.util.Map<String, Object> filters(CameraFilter filter) {
		java.util.Map<String, Object> filters = new java.util.LinkedHashMap<>();
		filters.put("stationCode", filter.stationCode());
		filters.put("source", filter.source());
		filters.put("status", filter.status());
		filters.put("q", filter.q() == null ? null : filter.q().strip());
		return filters;
	}
}
