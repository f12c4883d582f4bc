package org.shouwang.inspection.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.shouwang.inspection.Inspections;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorDefinition;
import org.shouwang.platform.indicators.IndicatorDimension;
import org.shouwang.platform.indicators.IndicatorFact;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecord;
import org.shouwang.platform.indicators.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection module's indicators (INDICATORS.md): PREMISES_INSPECTIONS (家次), PREMISES_PENALIZED,
 * PREMISES_SUSPENDED, INSPECTION_HAZARDS_RECTIFIED and BANK_HAZARDS_FOUND, counted from its own tables.
 */
@Component
class InspectionIndicators implements IndicatorSource {

	static final LocalDate DEFINED_ON = LocalDate.of(2026, 12, 4);

	private static final Set<IndicatorDimension> DIMENSIONS = Set.of(IndicatorDimension.STATION, IndicatorDimension.GRID,
			IndicatorDimension.CATEGORY, IndicatorDimension.MONTH);

	private static final String INSPECTIONS = "inspection i JOIN inspection_premises p ON p.id = i.premises_id";

	private static final String PENALTIES = "inspection_penalty x JOIN inspection_premises p ON p.id = x.premises_id";

	private static final String FINDINGS = "inspection_finding f JOIN inspection i ON i.id = f.inspection_id "
			+ "JOIN inspection_premises p ON p.id = i.premises_id";

	private final JdbcClient jdbc;

	private final Map<String, SqlFacts> facts = new LinkedHashMap<>();

	InspectionIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
		add(new SqlFacts(count("PREMISES_INSPECTIONS", "检查行业场所", "Inspections of special-industry premises", "家次",
				"年内对重点行业场所开展检查的家次（每次检查计一次）", "Inspections (家次) of special-industry premises in the year",
				Inspections.INSPECTION), INSPECTIONS, "i.id", "i.number", "i.inspected_on", "i.station_code", "i.grid_code",
				"p.type", "1", "TRUE", "p.name", "/inspection/inspections/{id}"));
		add(new SqlFacts(count("PREMISES_PENALIZED", "行政处罚", "Premises given an administrative penalty", "家",
				"年内作出行政处罚决定（警告、罚款、责令停业整顿、吊销许可证）的场所处罚", "Penalty decisions on premises in the year",
				Inspections.PENALTY), PENALTIES, "x.id", "x.number", "x.decided_on", "x.station_code", "x.grid_code",
				"x.kind", "1", "TRUE", "p.name", "/inspection/premises/{premises}"));
		add(new SqlFacts(count("PREMISES_SUSPENDED", "责令停业整顿", "Premises ordered to suspend", "家",
				"年内决定责令停业整顿的场所", "Suspension orders (责令停业整顿) decided in the year", Inspections.PENALTY),
				PENALTIES, "x.id", "x.number", "x.decided_on", "x.station_code", "x.grid_code", "p.type", "1",
				"x.kind = 'SUSPENSION'", "p.name", "/inspection/premises/{premises}"));
		add(new SqlFacts(count("INSPECTION_HAZARDS_RECTIFIED", "发现并整改隐患", "Inspection hazards rectified", "处",
				"检查发现的隐患中年内完成整改的", "Hazards found by inspections and rectified in the year", Inspections.FINDING),
				FINDINGS, "f.id", "i.number || '-' || f.seq", "f.rectified_on", "i.station_code", "i.grid_code", "p.type", "1",
				"f.rectified_on IS NOT NULL", "p.name || '：' || f.description", "/inspection/inspections/{inspection}"));
		// Version 2 of BANK_HAZARDS_FOUND: the findings of the bank outlets' security assessments (the seed's 专项检查),
		// which replaces the hazards module's version 1 (hazards whose source is a bank assessment) in the registry.
		IndicatorDefinition bank = count("BANK_HAZARDS_FOUND", "银行网点安全评估发现隐患", "Hazards found at bank outlets", "处",
				"年内银行网点安全评估发现的隐患", "Hazards found by bank outlets' security assessments in the year",
				Inspections.FINDING);
		add(new SqlFacts(IndicatorDefinition.count(bank.code(), bank.nameZh(), bank.nameEn(), bank.unit(), bank.definitionZh(),
				bank.definitionEn(), 2, DEFINED_ON, bank.recordType(), bank.dimensions()), FINDINGS, "f.id", "i.number || '-' || f.seq", "i.inspected_on", "i.station_code",
				"i.grid_code", "p.type", "1", "i.kind = 'BANK_SECURITY_ASSESSMENT'", "p.name || '：' || f.description",
				"/inspection/inspections/{inspection}"));
	}

	private static IndicatorDefinition count(String code, String nameZh, String nameEn, String unit, String defZh,
			String defEn, String recordType) {
		return IndicatorDefinition.count(code, nameZh, nameEn, unit, defZh, defEn, 1, DEFINED_ON, recordType, DIMENSIONS);
	}

	private void add(SqlFacts f) {
		facts.put(f.definition().code(), f);
	}

	@Override
	public List<String> recordTypes() {
		return List.of(Inspections.INSPECTION, Inspections.PENALTY, Inspections.FINDING);
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return facts.values().stream().map(SqlFacts::definition).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorFact> factsOf(String recordType, UUID recordId) {
		return facts.values()
			.stream()
			.filter(f -> f.definition().recordType().equals(recordType))
			.flatMap(f -> f.factsOf(jdbc, recordId).stream())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachFact(String indicatorCode, IndicatorPeriod period, Consumer<IndicatorFact> sink) {
		facts(indicatorCode).forEach(jdbc, period, sink);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<IndicatorRecord> records(String indicatorCode, IndicatorPeriod period, String stationCode, int page,
			int size) {
		Page.check(page, size);
		Page<IndicatorRecord> records = facts(indicatorCode).records(jdbc, period, stationCode, page, size);
		if (!records.items().isEmpty() && records.items().get(0).href() != null
				&& (records.items().get(0).href().contains("{premises}") || records.items().get(0).href().contains("{inspection}"))) {
			return records.map(this::link);
		}
		return records;
	}

	/** Replaces the penalty's or finding's page with its premises' or inspection's. */
	private IndicatorRecord link(IndicatorRecord r) {
		String href = r.href();
		if (href.contains("{premises}")) {
			UUID premises = jdbc.sql("SELECT premises_id FROM inspection_penalty WHERE id = ?").param(r.id()).query(UUID.class).single();
			href = href.replace("{premises}", premises.toString());
		}
		if (href.contains("{inspection}")) {
			UUID inspection = jdbc.sql("SELECT inspection_id FROM inspection_finding WHERE id = ?").param(r.id()).query(UUID.class).single();
			href = href.replace("{inspection}", inspection.toString());
		}
		return new IndicatorRecord(r.type(), r.id(), r.number(), r.date(), r.stationCode(), r.label(), href);
	}

	private SqlFacts facts(String code) {
		SqlFacts f = facts.get(code);
		if (f == null) {
			throw new NotFoundException("Indicator " + code);
		}
		return f;
	}
}
