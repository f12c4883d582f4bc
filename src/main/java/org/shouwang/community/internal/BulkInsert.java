package org.shouwang.community.internal;

import java.sql.PreparedStatement;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One multi-row {@code INSERT … SELECT FROM unnest(arrays)} per call: the bulk imports (earlier years, the demo
 * district) write thousands of rows in one statement. Column types: {@code uuid}, {@code text}, {@code date},
 * {@code int}, {@code bigint}, {@code bool}, {@code float8}, {@code numeric}; uuid, date and numeric values are
 * sent as text and cast.
 */
@Component
public class BulkInsert {

	/** Rows per statement. */
	public static final int BATCH_SIZE = 5000;

	private final JdbcTemplate jdbc;

	BulkInsert(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the rows (each an array of the columns' values, in order) in statements of {@value #BATCH_SIZE}. */
	public void insert(String table, String[] columns, String[] types, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			insertBatch(table, columns, types, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
		}
	}

	private void insertBatch(String table, String[] columns, String[] types, List<Object[]> rows) {
		StringBuilder select = new StringBuilder();
		StringBuilder arrays = new StringBuilder();
		for (int k = 0; k < columns.length; k++) {
			String wire = wireType(types[k]);
			select.append(k == 0 ? "" : ", ").append("c").append(k).append(wire.equals("text") && !types[k].equals("text")
					? "::" + types[k] : "");
			arrays.append(k == 0 ? "" : ", ").append("?::").append(wire).append("[]");
		}
		StringBuilder names = new StringBuilder();
		for (int k = 0; k < columns.length; k++) {
			names.append(k == 0 ? "" : ", ").append("c").append(k);
		}
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select + " FROM unnest("
				+ arrays + ") AS t(" + names + ")";
		jdbc.execute((java.sql.Connection connection) -> {
			try (PreparedStatement ps = connection.prepareStatement(sql)) {
				for (int k = 0; k < columns.length; k++) {
					Object[] values = new Object[rows.size()];
					String wire = wireType(types[k]);
					for (int i = 0; i < rows.size(); i++) {
						Object v = rows.get(i)[k];
						values[i] = v == null ? null : wire.equals("text") ? v.toString() : v;
					}
					ps.setArray(k + 1, connection.createArrayOf(wire.equals("bool") ? "bool" : wire, values));
				}
				ps.executeUpdate();
				return null;
			}
		});
	}

	private static String wireType(String type) {
		return switch (type) {
			case "int" -> "int4";
			case "bigint" -> "int8";
			case "bool" -> "bool";
			case "float8" -> "float8";
			default -> "text";
		};
	}
}
