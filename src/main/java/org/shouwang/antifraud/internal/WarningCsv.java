package org.shouwang.antifraud.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.shouwang.antifraud.WarningInput;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;

/**
 * Reads a CSV batch of orders (the fallback when the centre's link is down): UTF-8 (with or without BOM) or
 * GB18030 (what spreadsheet software on Chinese Windows writes), a header row with English or Chinese column
 * names. Columns: externalId/指令编号, victimPhone/受害人电话, address/地址, lat/纬度, lng/经度, riskLevel/风险等级,
 * fraudType/诈骗类型, suspiciousContact/可疑联系方式, summary/摘要, issuedAt/下发时间. Rows are checked by the caller;
 * this class only reports what cannot be read (encoding, header, a malformed number or time) with the row number.
 */
public final class WarningCsv {

	public static final Charset GB18030 = Charset.forName("GB18030");

	/** Largest batch. */
	public static final int MAX_ROWS = 5000;

	private static final Map<String, String> HEADERS = new HashMap<>();

	static {
		alias("externalId", "external_id", "指令编号", "编号");
		alias("victimPhone", "victim_phone", "phone", "受害人电话", "电话", "手机号");
		alias("address", "victim_address", "victimAddress", "地址", "受害人地址");
		alias("lat", "latitude", "纬度");
		alias("lng", "lon", "longitude", "经度");
		alias("riskLevel", "risk_level", "risk", "风险等级", "风险");
		alias("fraudType", "fraud_type", "type", "诈骗类型", "类型");
		alias("suspiciousContact", "suspicious_contact", "可疑联系方式", "涉诈号码");
		alias("summary", "摘要", "简要情况");
		alias("issuedAt", "issued_at", "下发时间", "预警时间");
	}

	private static void alias(String field, String... names) {
		HEADERS.put(field.toLowerCase(Locale.ROOT), field);
		for (String name : names) {
			HEADERS.put(name.toLowerCase(Locale.ROOT), field);
		}
	}

	/** A read row with its line number in the file (the header is row 1). */
	public record Row(int row, WarningInput input) {
	}

	private WarningCsv() {
	}

	/** The text of the bytes: UTF-8 when they decode as such, else GB18030. */
	public static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, GB18030);
		}
	}

	public static List<Row> read(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new InvalidInputException("file", "the CSV file is empty");
		}
		List<FieldError> errors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
			.setTrim(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes)), format)) {
			Map<String, String> columns = new HashMap<>();
			for (String header : parser.getHeaderNames()) {
				String field = HEADERS.get(header.strip().toLowerCase(Locale.ROOT));
				if (field == null) {
					errors.add(new FieldError("header", "unknown column '" + header + "'"));
				}
				else {
					columns.put(field, header);
				}
			}
			for (String required : List.of("externalId", "victimPhone", "riskLevel", "fraudType")) {
				if (!columns.containsKey(required)) {
					errors.add(new FieldError("header", "missing column " + required));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException("The CSV header is not usable.", errors);
			}
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				if (rows.size() >= MAX_ROWS) {
					throw new InvalidInputException("file", "at most " + MAX_ROWS + " rows per file");
				}
				String prefix = "row " + row + ": ";
				Double lat = number(record, columns, "lat", prefix, errors);
				Double lng = number(record, columns, "lng", prefix, errors);
				OffsetDateTime issued = time(record, columns, prefix, errors);
				String address = value(record, columns, "address");
				WarningInput.Location location = lat == null && lng == null && address == null ? null
						: new WarningInput.Location(lat, lng, address);
				rows.add(new Row(row, new WarningInput(value(record, columns, "externalId"),
						value(record, columns, "victimPhone"), location, value(record, columns, "riskLevel"),
						value(record, columns, "fraudType"), value(record, columns, "suspiciousContact"),
						value(record, columns, "summary"), issued)));
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new InvalidInputException("file", "not a readable CSV file: " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("file", "not a readable CSV file: " + ex.getMessage());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Rows of the CSV file are malformed; nothing was imported.", errors);
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "the CSV file has no rows");
		}
		return rows;
	}

	private static String value(CSVRecord record, Map<String, String> columns, String field) {
		String header = columns.get(field);
		if (header == null || !record.isSet(header)) {
			return null;
		}
		String v = record.get(header);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private static Double number(CSVRecord record, Map<String, String> columns, String field, String prefix,
			List<FieldError> errors) {
		String v = value(record, columns, field);
		if (v == null) {
			return null;
		}
		try {
			return Double.valueOf(v);
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(prefix + field, "must be a number in decimal degrees"));
			return null;
		}
	}

	private static OffsetDateTime time(CSVRecord record, Map<String, String> columns, String prefix,
			List<FieldError> errors) {
		String v = value(record, columns, "issuedAt");
		if (v == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(v);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(v.replace(' ', 'T')).atZone(FraudWarningRows.ZONE).toOffsetDateTime();
			}
			catch (DateTimeParseException ex2) {
				errors.add(new FieldError(prefix + "issuedAt", "must be an ISO date-time, e.g. 2025-07-14 08:30:00"));
				return null;
			}
		}
	}
}
