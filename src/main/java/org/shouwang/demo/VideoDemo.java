package org.shouwang.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.shouwang.security.SystemActor;
import org.shouwang.video.AlertSources;
import org.shouwang.video.Camera;
import org.shouwang.video.CameraInput;
import org.shouwang.video.CameraSource;
import org.shouwang.video.CameraStatus;
import org.shouwang.video.Cameras;
import org.shouwang.video.PatrolPlanInput;
import org.shouwang.video.TimeWindow;
import org.shouwang.video.VideoPatrols;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.geography.Place;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;

import org.springframework.stereotype.Component;

/**
 * The district's video network: about 400 cameras (雪亮工程, 公安自建, 社会接入; about 5% offline), those at the
 * key places, schools, hospitals and bank outlets linked to their place, four video patrol plans of the
 * 情指中心 (key places every 30 minutes, schools at the school-run hours, night-time hotspots, hospitals)
 * and one analytics alert source, WB-AI-01, whose key is derived from the demo seed and printed nowhere.
 */
@Component
class VideoDemo implements DemoStep {

	static final int TOTAL_CAMERAS = 400;

	static final String OPERATOR_UNIT = "WB-ZHZX";

	private static final String[] ROADS = { "平原路", "胜利路", "健康路", "中同街", "自由路", "解放大道", "劳动路", "和平大道",
			"人民路", "新华街", "卫河路", "南桥街", "北干道", "金穗大道", "华兰大道", "东明大道", "新中大道", "文化街", "西华大道",
			"铁西路", "建设路", "宏力大道", "牧野路", "平原镇中心街" };

	private static final String[] SPOTS = { "东入口", "西入口", "南广场", "北侧通道", "中心区", "停车场" };

	private final Cameras cameras;

	private final VideoPatrols patrols;

	private final AlertSources sources;

	private final Places places;

	private final Jurisdictions jurisdictions;

	private int serial;

	VideoDemo(Cameras cameras, VideoPatrols patrols, AlertSources sources, Places places, Jurisdictions jurisdictions) {
		this.cameras = cameras;
		this.patrols = patrols;
		this.sources = sources;
		this.places = places;
		this.jurisdictions = jurisdictions;
	}

	@Override
	public int order() {
		return 450;
	}

	@Override
	public String name() {
		return "video";
	}

	@Override
	public void load(DemoContext context) {
		// Video's services apply the caller's data scope: the demo district loads as the branch-wide demo actor.
		SystemActor.run(SystemActor.DEMO, () -> loadAsDemo(context));
	}

	private void loadAsDemo(DemoContext context) {
		serial = 0;
		SplittableRandom random = context.random("cameras");
		Map<PlaceKind, List<Camera>> byKind = new LinkedHashMap<>();
		Map<String, List<Camera>> byPlaceName = new LinkedHashMap<>();
		int[] perKind = { 4, 1, 0, 2, 1 };
		for (PlaceKind kind : PlaceKind.values()) {
			List<Camera> linked = new ArrayList<>();
			int count = perKind[kind.ordinal()];
			for (Place place : places.ofKind(kind)) {
				for (int i = 0; i < count; i++) {
					CameraSource source = switch (kind) {
						case KEY_PLACE -> i == 0 ? CameraSource.XUELIANG : CameraSource.PUBLIC_SECURITY;
						case SCHOOL, KINDERGARTEN, BANK_OUTLET -> CameraSource.SOCIAL;
						case HOSPITAL -> i == 0 ? CameraSource.SOCIAL : CameraSource.XUELIANG;
					};
					String owner = source == CameraSource.SOCIAL ? place.name() : owner(source);
					String name = place.name() + (count > 1 ? "-" + SPOTS[i % SPOTS.length] : "");
					double[] at = near(place.lat(), place.lng(), 25 + random.nextInt(120), random);
					Camera camera = add(name, source, at, owner, place.id(), random);
					linked.add(camera);
					byPlaceName.computeIfAbsent(place.name(), k -> new ArrayList<>()).add(camera);
				}
			}
			byKind.put(kind, linked);
		}
		int linkedCount = byKind.values().stream().mapToInt(List::size).sum();
		Geometry district = jurisdictions.district().orElseThrow().geometry();
		List<Camera> street = new ArrayList<>();
		List<Coordinate> points = Tessellation.randomPoints(district, TOTAL_CAMERAS - linkedCount, random);
		for (Coordinate p : points) {
			int draw = random.nextInt(100);
			CameraSource source = draw < 55 ? CameraSource.XUELIANG : draw < 80 ? CameraSource.PUBLIC_SECURITY : CameraSource.SOCIAL;
			String road = ROADS[random.nextInt(ROADS.length)];
			String cross = ROADS[random.nextInt(ROADS.length)];
			String name = road.equals(cross) ? road + (1 + random.nextInt(300)) + "号" : road + "与" + cross + "交叉口";
			String owner = source == CameraSource.SOCIAL ? road + "沿街商户" : owner(source);
			street.add(add(name, source, new double[] { round(p.y), round(p.x) }, owner, null, random));
		}
		long offline = byKind.values().stream().flatMap(List::stream).filter(c -> c.status() == CameraStatus.OFFLINE).count()
				+ street.stream().filter(c -> c.status() == CameraStatus.OFFLINE).count();
		context.progress("{} cameras ({} linked to places, {} offline)", serial, linkedCount, offline);

		patrols.createPlan(new PatrolPlanInput("重点场所视频巡查", 30, true, List.of(), OPERATOR_UNIT,
				codes(byKind.get(PlaceKind.KEY_PLACE)), true));
		patrols.createPlan(new PatrolPlanInput("护学岗视频巡查", 15, false,
				List.of(window(7, 0, 8, 30), window(16, 30, 18, 0)), OPERATOR_UNIT, codes(byKind.get(PlaceKind.SCHOOL)),
				true));
		List<Camera> night = new ArrayList<>();
		for (String hotspot : List.of("劳动路夜市", "火车站广场", "新乡汽车站")) {
			night.addAll(byPlaceName.getOrDefault(hotspot, List.of()));
		}
		SplittableRandom pick = context.random("night");
		for (int i = 0; i < 12; i++) {
			Camera c = street.get(pick.nextInt(street.size()));
			if (!night.contains(c)) {
				night.add(c);
			}
		}
		patrols.createPlan(new PatrolPlanInput("夜间治安热点巡查", 20, true, List.of(window(22, 0, 2, 0)), OPERATOR_UNIT,
				codes(night), true));
		patrols.createPlan(new PatrolPlanInput("医院周边视频巡查", 60, false, List.of(), OPERATOR_UNIT,
				codes(byKind.get(PlaceKind.HOSPITAL)), true));
		context.progress("4 video patrol plans");

		byte[] key = new byte[AlertSources.KEY_BYTES];
		context.random("alert-source-key").nextBytes(key);
		sources.create("WB-AI-01", "卫滨区视频智能分析平台", key);
		context.progress("alert source WB-AI-01");
	}

	private Camera add(String name, CameraSource source, double[] at, String owner, UUID placeId, SplittableRandom random) {
		serial++;
		String network = switch (source) {
			case XUELIANG -> "5";
			case PUBLIC_SECURITY -> "0";
			case SOCIAL -> "8";
		};
		// GB/T 28181-style 20-digit code: 卫滨区 410703, camera type 131, network, serial.
		String code = "4107030000131" + network + "%06d".formatted(serial);
		Integer direction = random.nextInt(100) < 15 ? null : random.nextInt(360);
		CameraStatus status = random.nextInt(100) < 5 ? CameraStatus.OFFLINE : CameraStatus.ONLINE;
		return cameras.create(new CameraInput(code, name, source, at[0], at[1], direction, status, owner, placeId, true));
	}

	private static String owner(CameraSource source) {
		return source == CameraSource.XUELIANG ? "卫滨区雪亮工程建设管理办公室" : "卫滨分局科技信息化室";
	}

	private static double[] near(double lat, double lng, double meters, SplittableRandom random) {
		double bearing = random.nextDouble() * 2 * Math.PI;
		double dLat = meters * Math.cos(bearing) / 111_320.0;
		double dLng = meters * Math.sin(bearing) / (111_320.0 * Math.cos(Math.toRadians(lat)));
		return new double[] { round(lat + dLat), round(lng + dLng) };
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	private static TimeWindow window(int fromHour, int fromMinute, int toHour, int toMinute) {
		return new TimeWindow(LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
	}

	private static List<String> codes(List<Camera> list) {
		return list.stream().map(Camera::code).toList();
	}
}
