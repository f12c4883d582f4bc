package org.shouwang.performance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A dashboard table as a download: CSV (UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly)
 * or XLSX (Apache POI; numbers stay numbers, the header row bold and frozen).
 */
final class TableExport {

	/** A table: a title (the sheet's name), the column headers and the rows. */
	record Table(String title, List<String> headers, List<List<Object>> rows) {
	}

	private TableExport() {
	}

	static byte[] csv(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
			writer.write('\uFEFF');
			csv.printRecord(table.headers());
			for (List<Object> row : table.rows()) {
				csv.printRecord(row.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] xlsx(Table table) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < table.headers().size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(table.headers().get(c));
				cell.setCellStyle(bold);
			}
			for (int r = 0; r < table.rows().size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = table.rows().get(r);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					Cell cell = row.createCell(c);
					if (v instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (v != null) {
						cell.setCellValue(v.toString());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			for (int c = 0; c < table.headers().size(); c++) {
				sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() * 2 + 4)) * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
