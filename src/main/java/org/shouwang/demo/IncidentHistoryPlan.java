package org.shouwang.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouwang.command.Disposition;
import org.shouwang.command.IncidentCategory;

import static org.shouwang.command.Disposition.ADMIN_CASE_OPENED;
import static org.shouwang.command.Disposition.CASE_OPENED;
import static org.shouwang.command.Disposition.FALSE_REPORT;
import static org.shouwang.command.Disposition.HANDED_TO_FIRE_SERVICE;
import static org.shouwang.command.Disposition.HANDED_TO_TRAFFIC_POLICE;
import static org.shouwang.command.Disposition.MEDIATED;
import static org.shouwang.command.Disposition.NO_ACTION;
import static org.shouwang.command.Disposition.REFERRED;
import static org.shouwang.command.Disposition.RESCUED;
import static org.shouwang.command.Disposition.RESOLVED_ON_SITE;
import static org.shouwang.command.Disposition.SUSPECT_DETAINED;
import static org.shouwang.command.Disposition.WARNING_GIVEN;

/**
 * How many incidents of each subtype the demo district has in a year, and how they end. The counts are
 * chosen so that the 2025 records give the seed's figures (求助 4067 → "4060余"; 刑事 1950 → 1790, −8.2%;
 * 涉校刑事治安 100 → 62, −38.0%; people found and property recovered 806 → "800余", of which missing elderly
 * and children found 492; 15 patients escorted to hospital); dispositions without a target are drawn from
 * the weights below.
 */
final class IncidentHistoryPlan {

	private IncidentHistoryPlan() {
	}

	/** One year's plan. */
	record Year(int year, Map<String, Integer> subtypeCounts, Map<String, Map<Disposition, Integer>> exactDispositions,
			int schoolRelated, int outsideDistrict) {

		int total(IncidentCategory category) {
			return subtypeCounts.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith(category.name() + "/"))
				.mapToInt(Map.Entry::getValue)
				.sum();
		}
	}

	static final Year Y2024 = new Year(2024, counts(
			"CRIMINAL", new Object[] { "THEFT", 668, "BURGLARY", 146, "ROBBERY", 15, "SNATCHING", 31, "FRAUD", 196,
					"TELECOM_FRAUD", 482, "ASSAULT", 103, "VEHICLE_THEFT", 218, "OTHER_CRIMINAL", 91 },
			"PUBLIC_ORDER", new Object[] { "FIGHT", 880, "PROVOCATION", 290, "GAMBLING", 105, "NOISE", 1080,
					"DRUNK_DISORDER", 395, "MASS_GATHERING", 18, "OTHER_PUBLIC_ORDER", 292 },
			"TRAFFIC", new Object[] { "ACCIDENT", 2230, "ACCIDENT_INJURY", 372, "CONGESTION", 490, "DRUNK_DRIVING", 118,
					"OTHER_TRAFFIC", 270 },
			"FIRE", new Object[] { "BUILDING_FIRE", 74, "VEHICLE_FIRE", 48, "OTHER_FIRE", 68 },
			"HELP", new Object[] { "MISSING_ELDERLY", 340, "MISSING_CHILD", 171, "SUDDEN_ILLNESS", 198, "DROWNING", 14,
					"LOST_PROPERTY", 850, "LOCKED_OUT", 1010, "SUICIDE_RISK", 80, "OTHER_HELP", 1257 },
			"DISPUTE", new Object[] { "NEIGHBOUR", 925, "FAMILY", 1120, "CONSUMER", 720, "LABOUR", 275,
					"OTHER_DISPUTE", 340 },
			"REPORT", new Object[] { "DRUGS", 86, "GAMBLING_TIP", 150, "WANTED_PERSON", 27, "OTHER_REPORT", 177 },
			"OTHER", new Object[] { "CONSULTATION", 1150, "OTHER", 410 }),
			exact(318, 157, 296, 13), 100, 18);

	static final Year Y2025 = new Year(2025, counts(
			"CRIMINAL", new Object[] { "THEFT", 620, "BURGLARY", 130, "ROBBERY", 12, "SNATCHING", 25, "FRAUD", 180,
					"TELECOM_FRAUD", 430, "ASSAULT", 95, "VEHICLE_THEFT", 210, "OTHER_CRIMINAL", 88 },
			"PUBLIC_ORDER", new Object[] { "FIGHT", 820, "PROVOCATION", 260, "GAMBLING", 90, "NOISE", 1050,
					"DRUNK_DISORDER", 380, "MASS_GATHERING", 15, "OTHER_PUBLIC_ORDER", 285 },
			"TRAFFIC", new Object[] { "ACCIDENT", 2300, "ACCIDENT_INJURY", 380, "CONGESTION", 520, "DRUNK_DRIVING", 110,
					"OTHER_TRAFFIC", 290 },
			"FIRE", new Object[] { "BUILDING_FIRE", 70, "VEHICLE_FIRE", 45, "OTHER_FIRE", 65 },
			"HELP", new Object[] { "MISSING_ELDERLY", 352, "MISSING_CHILD", 178, "SUDDEN_ILLNESS", 210, "DROWNING", 12,
					"LOST_PROPERTY", 880, "LOCKED_OUT", 1050, "SUICIDE_RISK", 85, "OTHER_HELP", 1300 },
			"DISPUTE", new Object[] { "NEIGHBOUR", 900, "FAMILY", 1100, "CONSUMER", 700, "LABOUR", 260,
					"OTHER_DISPUTE", 340 },
			"REPORT", new Object[] { "DRUGS", 80, "GAMBLING_TIP", 140, "WANTED_PERSON", 25, "OTHER_REPORT", 175 },
			"OTHER", new Object[] { "CONSULTATION", 1100, "OTHER", 400 }),
			exact(330, 162, 314, 15), 62, 21);

	static final List<Year> YEARS = List.of(Y2024, Y2025);

	/**
	 * The dispositions with a target, as exact counts: missing elderly and children found, lost property
	 * recovered, sudden illness escorted to hospital. No other incident gets these dispositions.
	 */
	private static Map<String, Map<Disposition, Integer>> exact(int elderlyFound, int childrenFound,
			int propertyRecovered, int escorted) {
		return Map.of("HELP/MISSING_ELDERLY", Map.of(Disposition.PERSON_FOUND, elderlyFound), "HELP/MISSING_CHILD",
				Map.of(Disposition.PERSON_FOUND, childrenFound), "HELP/LOST_PROPERTY",
				Map.of(Disposition.PROPERTY_RECOVERED, propertyRecovered), "HELP/SUDDEN_ILLNESS",
				Map.of(Disposition.ESCORTED_TO_HOSPITAL, escorted));
	}

	private static Map<String, Integer> counts(Object... categoriesAndSubtypes) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int c = 0; c < categoriesAndSubtypes.length; c += 2) {
			String category = (String) categoriesAndSubtypes[c];
			Object[] subtypes = (Object[]) categoriesAndSubtypes[c + 1];
			for (int s = 0; s < subtypes.length; s += 2) {
				counts.put(category + "/" + subtypes[s], (Integer) subtypes[s + 1]);
			}
		}
		return counts;
	}

	/** Subtypes that school-related incidents (刑事/治安, 涉校) are drawn from, with weights. */
	static final Map<String, Integer> SCHOOL_SUBTYPES = linked("CRIMINAL/THEFT", 35, "PUBLIC_ORDER/FIGHT", 25,
			"PUBLIC_ORDER/PROVOCATION", 15, "CRIMINAL/FRAUD", 8, "CRIMINAL/ASSAULT", 5, "CRIMINAL/SNATCHING", 4,
			"PUBLIC_ORDER/DRUNK_DISORDER", 3, "PUBLIC_ORDER/OTHER_PUBLIC_ORDER", 5);

	/**
	 * Weights of the other dispositions by subtype (then by category). Never PERSON_FOUND,
	 * PROPERTY_RECOVERED or ESCORTED_TO_HOSPITAL: those have exact counts.
	 */
	static Map<Disposition, Integer> dispositionWeights(String key) {
		return switch (key) {
			case "CRIMINAL/TELECOM_FRAUD" -> linked(CASE_OPENED, 85, REFERRED, 8, NO_ACTION, 7);
			case "PUBLIC_ORDER/FIGHT" -> linked(ADMIN_CASE_OPENED, 40, MEDIATED, 30, WARNING_GIVEN, 15, SUSPECT_DETAINED, 8,
					CASE_OPENED, 4, RESOLVED_ON_SITE, 3);
			case "PUBLIC_ORDER/NOISE" -> linked(WARNING_GIVEN, 50, RESOLVED_ON_SITE, 40, MEDIATED, 10);
			case "PUBLIC_ORDER/MASS_GATHERING" -> linked(RESOLVED_ON_SITE, 60, REFERRED, 40);
			case "TRAFFIC/ACCIDENT" -> linked(HANDED_TO_TRAFFIC_POLICE, 60, MEDIATED, 25, RESOLVED_ON_SITE, 15);
			case "TRAFFIC/ACCIDENT_INJURY" -> linked(HANDED_TO_TRAFFIC_POLICE, 70, RESCUED, 30);
			case "TRAFFIC/CONGESTION" -> linked(RESOLVED_ON_SITE, 80, HANDED_TO_TRAFFIC_POLICE, 20);
			case "TRAFFIC/DRUNK_DRIVING" -> linked(ADMIN_CASE_OPENED, 60, HANDED_TO_TRAFFIC_POLICE, 40);
			case "HELP/MISSING_ELDERLY", "HELP/MISSING_CHILD" -> linked(RESOLVED_ON_SITE, 70, REFERRED, 30);
			case "HELP/LOST_PROPERTY" -> linked(RESOLVED_ON_SITE, 60, REFERRED, 15, NO_ACTION, 25);
			case "HELP/SUDDEN_ILLNESS" -> linked(REFERRED, 70, RESOLVED_ON_SITE, 20, RESCUED, 10);
			case "HELP/DROWNING" -> linked(RESCUED, 75, HANDED_TO_FIRE_SERVICE, 25);
			case "HELP/LOCKED_OUT" -> linked(RESOLVED_ON_SITE, 55, HANDED_TO_FIRE_SERVICE, 25, RESCUED, 15, REFERRED, 5);
			case "HELP/SUICIDE_RISK" -> linked(RESCUED, 70, RESOLVED_ON_SITE, 20, REFERRED, 10);
			case "DISPUTE/LABOUR" -> linked(MEDIATED, 60, REFERRED, 40);
			case "REPORT/DRUGS" -> linked(CASE_OPENED, 25, ADMIN_CASE_OPENED, 30, NO_ACTION, 35, FALSE_REPORT, 10);
			case "REPORT/GAMBLING_TIP" -> linked(ADMIN_CASE_OPENED, 45, NO_ACTION, 45, FALSE_REPORT, 10);
			case "REPORT/WANTED_PERSON" -> linked(SUSPECT_DETAINED, 40, NO_ACTION, 50, REFERRED, 10);
			case "OTHER/CONSULTATION" -> linked(RESOLVED_ON_SITE, 80, REFERRED, 20);
			default -> switch (IncidentCategory.valueOf(key.substring(0, key.indexOf('/')))) {
				case CRIMINAL -> linked(CASE_OPENED, 70, SUSPECT_DETAINED, 10, ADMIN_CASE_OPENED, 8, RESOLVED_ON_SITE, 5,
						NO_ACTION, 4, FALSE_REPORT, 3);
				case PUBLIC_ORDER -> linked(WARNING_GIVEN, 30, ADMIN_CASE_OPENED, 25, MEDIATED, 20, RESOLVED_ON_SITE, 20,
						NO_ACTION, 5);
				case TRAFFIC -> linked(RESOLVED_ON_SITE, 50, HANDED_TO_TRAFFIC_POLICE, 30, NO_ACTION, 20);
				case FIRE -> linked(HANDED_TO_FIRE_SERVICE, 55, RESOLVED_ON_SITE, 30, RESCUED, 10, FALSE_REPORT, 5);
				case HELP -> linked(RESOLVED_ON_SITE, 60, REFERRED, 25, NO_ACTION, 10, RESCUED, 5);
				case DISPUTE -> linked(MEDIATED, 88, REFERRED, 7, RESOLVED_ON_SITE, 5);
				case REPORT -> linked(REFERRED, 40, NO_ACTION, 40, ADMIN_CASE_OPENED, 10, FALSE_REPORT, 10);
				case OTHER -> linked(RESOLVED_ON_SITE, 50, NO_ACTION, 30, REFERRED, 20);
			};
		};
	}

	@SuppressWarnings("unchecked")
	private static <K> Map<K, Integer> linked(Object... keysAndWeights) {
		Map<K, Integer> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndWeights.length; i += 2) {
			map.put((K) keysAndWeights[i], (Integer) keysAndWeights[i + 1]);
		}
		return map;
	}
}
