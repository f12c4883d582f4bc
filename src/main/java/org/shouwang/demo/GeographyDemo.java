package org.shouwang.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.shouwang.geography.GridType;
import org.shouwang.geography.Grids;
import org.shouwang.geography.Jurisdiction;
import org.shouwang.geography.Jurisdictions;
import org.shouwang.geography.NewGrid;
import org.shouwang.geography.PlaceKind;
import org.shouwang.geography.Places;
import org.shouwang.geography.Shapes;

import org.springframework.stereotype.Component;

/**
 * The demo district's map: 卫滨区 (新乡市) as an irregular boundary, split into the seven station
 * jurisdictions, 162 grids as a seeded Voronoi tessellation of each jurisdiction, and the places (key
 * crowded places, schools and kindergartens, hospitals, bank outlets).
 */
@Component
class GeographyDemo implements DemoStep {

	/** A demo station: code, name, short name for grid names, area type, Voronoi seed and number of grids. */
	record Station(String code, String name, String shortName, GridType type, double lat, double lng, int grids) {
	}

	static final List<Station> STATIONS = List.of(
			new Station("WB01", "南桥派出所", "南桥", GridType.URBAN, 35.2960, 113.8680, 26),
			new Station("WB02", "胜利路派出所", "胜利路", GridType.URBAN, 35.3150, 113.8460, 24),
			new Station("WB03", "健康路派出所", "健康路", GridType.URBAN, 35.3180, 113.8780, 24),
			new Station("WB04", "中同街派出所", "中同街", GridType.URBAN, 35.2880, 113.8900, 22),
			new Station("WB05", "自由路派出所", "自由路", GridType.URBAN, 35.2830, 113.8460, 22),
			new Station("WB06", "铁西派出所", "铁西", GridType.SUBURBAN, 35.3120, 113.8120, 22),
			new Station("WB07", "平原镇派出所", "平原镇", GridType.SUBURBAN, 35.2880, 113.8120, 22));

	/** Coverage and overlap tolerance of the generated map, in square degrees (about 0.01 m²). */
	static final double TOLERANCE_DEG2 = 1e-12;

	private static final String[] ROADS = { "平原路", "胜利路", "健康路", "中同街", "自由路", "解放大道", "劳动路", "和平大道",
			"人民路", "新华街", "卫河路", "南桥街", "北干道", "金穗大道", "华兰大道", "东明大道", "新中大道", "文化街", "西华大道",
			"铁西路", "建设路", "宏力大道", "牧野路", "平原镇中心街" };

	private static final String[] STEMS = { "南桥", "胜利", "健康", "中同", "自由", "铁西", "平原", "解放", "劳动", "和平",
			"人民", "新华", "卫河", "北干", "金穗", "华兰", "东明", "新中", "文化", "西华", "建设", "宏力", "牧野", "育才", "实验",
			"向阳", "红旗", "光明", "友谊", "振兴" };

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" };

	private static final List<String> KEY_PLACES = List.of("平原路核心商圈", "胖东来生活广场", "东方文化商业步行街", "火车站广场",
			"新乡万达广场", "人民公园", "卫河风光带", "新乡市体育中心", "劳动路夜市", "新乡汽车站", "解放路商业街", "世纪广场");

	private static final List<String> HOSPITALS = List.of("新乡市中心医院", "新乡市第一人民医院", "新乡市第二人民医院",
			"新乡市中医院", "新乡市妇幼保健院", "新乡市儿童医院", "卫滨区人民医院", "平原镇卫生院");

	private static final List<String> BANKS = List.of("中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行",
			"中国邮政储蓄银行", "新乡农商银行", "中原银行");

	private final Jurisdictions jurisdictions;

	private final Grids grids;

	private final Places places;

	GeographyDemo(Jurisdictions jurisdictions, Grids grids, Places places) {
		this.jurisdictions = jurisdictions;
		this.grids = grids;
		this.places = places;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public String name() {
		return "geography";
	}

	@Override
	public void load(DemoContext context) {
		Polygon outline = Tessellation.starShape(35.300, 113.850, 0.033, 0.058, 32, context.random("boundary"));

		List<Coordinate> seeds = STATIONS.stream().map(s -> new Coordinate(s.lng(), s.lat())).toList();
		for (Coordinate seed : seeds) {
			if (!outline.contains(Shapes.FACTORY.createPoint(seed))) {
				throw new IllegalStateException("Station seed " + seed + " lies outside the district");
			}
		}
		int[] counts = STATIONS.stream().mapToInt(Station::grids).toArray();
		List<SplittableRandom> randoms = STATIONS.stream().map(s -> context.random("grids-" + s.code())).toList();
		Tessellation.Tiling tiling = Tessellation.tile(outline, seeds, counts, randoms);

		Polygon district = tiling.district();
		jurisdictions.defineDistrict("卫滨区", district, true);
		context.progress("district boundary with {} vertices", outline.getNumPoints() - 1);
		verify(district, tiling.jurisdictions(), "jurisdictions");
		List<Jurisdiction> defined = new ArrayList<>();
		List<NewGrid> newGrids = new ArrayList<>();
		List<Polygon> cells = new ArrayList<>();
		for (int s = 0; s < STATIONS.size(); s++) {
			Station station = STATIONS.get(s);
			Polygon area = tiling.jurisdictions().get(s);
			defined.add(jurisdictions.define(station.code(), station.name(), station.type(), area, true));
			List<Polygon> stationCells = new ArrayList<>(tiling.grids().get(s));
			verify(area, stationCells, station.code());
			sortNorthToSouth(stationCells, area, station.grids());
			for (int i = 0; i < stationCells.size(); i++) {
				String code = "%s-%03d".formatted(station.code(), i + 1);
				newGrids.add(new NewGrid(code, station.shortName() + "-" + (i + 1) + "网格", station.code(), station.type(),
						stationCells.get(i), true, true));
			}
			cells.addAll(stationCells);
		}
		context.progress("{} station jurisdictions", defined.size());
		verify(district, cells, "grids");
		grids.replaceAll(newGrids);
		context.progress("{} grids (seeded Voronoi, no gaps, no overlaps)", newGrids.size());

		loadPlaces(context, district, defined);
	}

	private void loadPlaces(DemoContext context, Polygon district, List<Jurisdiction> stations) {
		Geometry urban = Shapes.FACTORY.buildGeometry(stations.stream()
			.filter(j -> j.areaType() == GridType.URBAN)
			.map(Jurisdiction::geometry)
			.toList()).union();
		SplittableRandom random = context.random("places");
		int count = 0;
		for (String name : KEY_PLACES) {
			add(PlaceKind.KEY_PLACE, name, urban, random);
			count++;
		}
		List<String> schools = new ArrayList<>();
		for (String stem : STEMS) {
			schools.add("卫滨区" + stem + "小学");
		}
		for (int i = 0; i < 10; i++) {
			schools.add("新乡市第" + NUMERALS[i] + "中学");
		}
		for (int i = 0; i < 6; i++) {
			schools.add("卫滨区" + STEMS[i] + "初级中学");
		}
		for (String name : schools) {
			add(PlaceKind.SCHOOL, name, district, random);
		}
		Set<String> kindergartens = new LinkedHashSet<>();
		for (String stem : STEMS) {
			kindergartens.add(stem + "社区幼儿园");
		}
		for (String numeral : NUMERALS) {
			kindergartens.add("卫滨区第" + numeral + "幼儿园");
		}
		for (String name : kindergartens) {
			add(PlaceKind.KINDERGARTEN, name, district, random);
		}
		for (String name : HOSPITALS) {
			add(PlaceKind.HOSPITAL, name, name.startsWith("平原镇") ? district : urban, random);
		}
		int banks = 0;
		for (int b = 0; b < BANKS.size(); b++) {
			for (int i = 0; i < 5; i++) {
				String road = ROADS[(b * 5 + i * 3) % ROADS.length];
				add(PlaceKind.BANK_OUTLET, BANKS.get(b) + "新乡" + road.replace("大道", "").replace("路", "").replace("街", "")
						+ "支行", random.nextInt(5) == 0 ? district : urban, random);
				banks++;
			}
		}
		count += schools.size() + kindergartens.size() + HOSPITALS.size() + banks;
		context.progress("{} places ({} schools, {} kindergartens, {} hospitals, {} bank outlets)", count, schools.size(),
				kindergartens.size(), HOSPITALS.size(), banks);
	}

	private void add(PlaceKind kind, String name, Geometry area, SplittableRandom random) {
		Coordinate at = Tessellation.randomPoints(area, 1, random).get(0);
		double lat = Math.round(at.y * 1e6) / 1e6;
		double lng = Math.round(at.x * 1e6) / 1e6;
		String address = "卫滨区" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(300)) + "号";
		places.add(kind, name, address, lat, lng, true);
	}

	/** Numbers the cells in rows from north to south, west to east within a row. */
	private static void sortNorthToSouth(List<Polygon> cells, Polygon area, int count) {
		double top = area.getEnvelopeInternal().getMaxY();
		double rowHeight = area.getEnvelopeInternal().getHeight() / Math.max(1, Math.round(Math.sqrt(count)));
		cells.sort(Comparator.<Polygon>comparingInt(c -> (int) ((top - c.getCentroid().getY()) / rowHeight))
			.thenComparingDouble(c -> c.getCentroid().getX()));
	}

	/** Fails the load unless the pieces cover the whole without gaps or overlaps (within a tiny tolerance). */
	private static void verify(Geometry whole, List<Polygon> pieces, String what) {
		double coverage = Tessellation.coverageError(whole, pieces);
		double sum = pieces.stream().mapToDouble(Geometry::getArea).sum();
		double overlap = sum - whole.getArea();
		if (coverage > TOLERANCE_DEG2 || Math.abs(overlap) > TOLERANCE_DEG2) {
			throw new IllegalStateException("The " + what + " do not tile their area: coverage error " + coverage
					+ " deg², area difference " + overlap + " deg²");
		}
	}
}
