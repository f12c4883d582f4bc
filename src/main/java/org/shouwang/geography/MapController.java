package org.shouwang.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NavigationItem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The map page: jurisdictions, grids and places drawn by Leaflet from the API, a legend with counts and a
 * GeoJSON import form that shows the validation report when a file is rejected.
 */
@Controller
class MapController {

	/** Station colours, assigned in the order of the station codes. */
	static final List<String> STATION_COLORS = List.of("#2563eb", "#16a34a", "#d97706", "#9333ea", "#0891b2",
			"#65a30d", "#b45309", "#db2777", "#4f46e5", "#0d9488");

	/** Marker colour of each place kind. */
	static final Map<PlaceKind, String> KIND_COLORS = Map.of(PlaceKind.KEY_PLACE, "#dc2626", PlaceKind.SCHOOL, "#2563eb",
			PlaceKind.KINDERGARTEN, "#f59e0b", PlaceKind.HOSPITAL, "#059669", PlaceKind.BANK_OUTLET, "#7c3aed");

	private final Grids grids;

	private final Jurisdictions jurisdictions;

	private final Places places;

	private final String tileUrl;

	private final String tileAttribution;

	MapController(Grids grids, Jurisdictions jurisdictions, Places places,
			@Value("${shouwang.map.tile-url:}") String tileUrl,
			@Value("${shouwang.map.tile-attribution:}") String tileAttribution) {
		this.grids = grids;
		this.jurisdictions = jurisdictions;
		this.places = places;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	/** A legend line: a station or place kind with its colour and count. */
	record LegendEntry(String key, String label, String color, long count) {
	}

	@GetMapping("/map")
	@PreAuthorize("hasAuthority('geo:read')")
	String map(Model model) {
		List<Grid> active = grids.list();
		List<LegendEntry> stations = new ArrayList<>();
		List<Jurisdiction> list = jurisdictions.list();
		for (int i = 0; i < list.size(); i++) {
			Jurisdiction j = list.get(i);
			long count = active.stream().filter(g -> g.stationCode().equals(j.stationCode())).count();
			stations.add(new LegendEntry(j.stationCode(), j.stationName(), STATION_COLORS.get(i % STATION_COLORS.size()), count));
		}
		Map<PlaceKind, Long> counts = places.counts();
		List<LegendEntry> kinds = new ArrayList<>();
		for (PlaceKind kind : PlaceKind.values()) {
			kinds.add(new LegendEntry(kind.name(), null, KIND_COLORS.get(kind), counts.get(kind)));
		}
		model.addAttribute("gridCount", active.size());
		model.addAttribute("stations", stations);
		model.addAttribute("kinds", kinds);
		model.addAttribute("placeCount", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "geography/map";
	}

	@PostMapping("/map/import")
	@PreAuthorize("hasAuthority('geo:write')")
	String importFile(@RequestParam(defaultValue = "grids") String target,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		boolean placesFile = "places".equals(target);
		redirect.addFlashAttribute("importTarget", placesFile ? "places" : "grids");
		try {
			byte[] content = GeographyApi.content(file);
			int count = placesFile ? places.importGeoJson(content) : grids.importGeoJson(content);
			redirect.addFlashAttribute("importedCount", count);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("importDetail", ex.getMessage());
			redirect.addFlashAttribute("importErrors",
					ex.errors().stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		}
		return "redirect:/map";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem mapNavigation() {
			return new NavigationItem("nav.map", "/map", 10, "geo:read");
		}
	}
}
