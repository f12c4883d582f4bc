package org.shouwang.video;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the camera registry's CSV format (UTF-8, with or without BOM, or GB18030 as saved by Chinese Excel):
 * header {@code code,name,source,lat,lng,direction,status,owner} in any order. Each data row becomes an
 * input plus the cells that could not be read; rows are numbered as in a spreadsheet (the header is row 1).
 */
final class CameraCsv {

	static final List<String> HEADER = List.of("code", "name", "source", "lat", "lng", "direction", "status", "owner");

	static final int MAX_ROWS = 20_000;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	/** One data row: its spreadsheet row number, what could be read, and the cells that could not. */
	record Row(int number, CameraInput input, List<CameraImportException.RowError> errors) {
	}

	List<Row> read(InputStream content) throws IOException {
		String text = decode(content.readAllBytes());
		List<CameraImportException.RowError> fileErrors = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			Map<String, String> columns = new HashMap<>();
			for (String name : parser.getHeaderNames()) {
				columns.put(name.strip().toLowerCase(Locale.ROOT), name);
			}
			for (String required : HEADER) {
				if (!columns.containsKey(required)) {
					fileErrors.add(new CameraImportException.RowError(1, required, "column is missing from the header"));
				}
			}
			if (!fileErrors.isEmpty()) {
				throw new CameraImportException("The header must name the columns " + String.join(",", HEADER) + ".",
						fileErrors);
			}
			Map<String, Integer> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				if (rows.size() >= MAX_ROWS) {
					throw new CameraImportException("At most " + MAX_ROWS + " rows can be imported at once.",
							List.of(new CameraImportException.RowError(0, "file", "has more than " + MAX_ROWS + " rows")));
				}
				int number = (int) record.getRecordNumber() + 1;
				rows.add(row(number, record, columns, seen));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new CameraImportException("The file is not valid CSV.",
					List.of(new CameraImportException.RowError(0, "file", "is not valid CSV (check the header and the quotes)")));
		}
		if (rows.isEmpty()) {
			throw new CameraImportException("The file has no data rows.",
					List.of(new CameraImportException.RowError(0, "file", "has a header but no data rows")));
		}
		return rows;
	}

	private static Row row(int number, CSVRecord record, Map<String, String> columns, Map<String, Integer> seen) {
		List<CameraImportException.RowError> errors = new ArrayList<>();
		String code = cell(record, columns, "code");
		if (code != null) {
			Integer first = seen.putIfAbsent(code, number);
			if (first != null) {
				errors.add(new CameraImportException.RowError(number, "code", "repeats the code of row " + first));
			}
		}
		String sourceText = cell(record, columns, "source");
		CameraSource source = CameraSource.parse(sourceText).orElse(null);
		if (sourceText != null && source == null) {
			errors.add(new CameraImportException.RowError(number, "source",
					"'" + sourceText + "' is not XUELIANG, PUBLIC_SECURITY or SOCIAL (雪亮工程, 公安自建, 社会接入)"));
		}
		Double lat = number(record, columns, "lat", number, errors);
		Double lng = number(record, columns, "lng", number, errors);
		Integer direction = null;
		String directionText = cell(record, columns, "direction");
		if (directionText != null) {
			try {
				direction = Integer.valueOf(directionText);
			}
			catch (NumberFormatException ex) {
				errors.add(new CameraImportException.RowError(number, "direction", "'" + directionText + "' is not a whole number of degrees"));
			}
		}
		String statusText = cell(record, columns, "status");
		CameraStatus status = CameraStatus.parse(statusText).orElse(null);
		if (statusText != null && status == null) {
			errors.add(new CameraImportException.RowError(number, "status", "'" + statusText + "' is not ONLINE or OFFLINE"));
		}
		CameraInput input = new CameraInput(code, cell(record, columns, "name"), source, lat, lng, direction,
				status == null ? CameraStatus.ONLINE : status, cell(record, columns, "owner"), null, true);
		return new Row(number, input, errors);
	}

	private static Double number(CSVRecord record, Map<String, String> columns, String column, int number,
			List<CameraImportException.RowError> errors) {
		String text = cell(record, columns, column);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			errors.add(new CameraImportException.RowError(number, column, "'" + text + "' is not a number"));
			return null;
		}
	}

	private static String cell(CSVRecord record, Map<String, String> columns, String column) {
		String header = columns.get(column);
		if (header == null || !record.isSet(header)) {
			return null;
		}
		String value = record.get(header);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String decode(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return strict(StandardCharsets.UTF_8).decode(buffer).toString();
		}
		catch (CharacterCodingException ex) {
			try {
				return strict(Charset.forName("GB18030")).decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException ex2) {
				throw new CameraImportException("The file is neither UTF-8 nor GB18030 text.",
						List.of(new CameraImportException.RowError(0, "file", "is not UTF-8 or GB18030 text")));
			}
		}
	}

	private static java.nio.charset.CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}
}
