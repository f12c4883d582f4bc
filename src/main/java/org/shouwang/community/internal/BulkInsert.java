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

	/**
	 * Inserts the rows (each an array of the columns' values, in order): up to {@value #COPY_THRESHOLD} rows in
	 * statements of {@value #BATCH_SIZE}, more through PostgreSQL's {@code COPY} (the bulk imports of whole years).
	 */
	public void insert(String table, String[] columns, String[] types, List<Object[]> rows) {
		if (rows.size() > COPY_THRESHOLD) {
			copy(table, columns, rows);
			return;
		}
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			insertBatch(table, columns, types, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
		}
	}

	/** Rows from which {@link #insert} uses COPY. */
	public static final int COPY_THRESHOLD = 20_000;

	/** {@code COPY table (columns) FROM STDIN} in CSV, in the caller's transaction. */
	private void copy(String table, String[] columns, List<Object[]> rows) {
		StringBuilder csv = new StringBuilder(rows.size() * 160);
		for (Object[] row : rows) {
			for (int k = 0; k < row.length; k++) {
				if (k > 0) {
					csv.append(',');
				}
				Object v = row[k];
				if (v != null) {
					String text = v.toString();
					csv.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
			}
			csv.append('\n');
		}
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
		jdbc.execute((java.sql.Connection connection) -> {
			try {
				return connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
					.copyIn(sql, new java.io.StringReader(csv.toString()));
			}
			catch (java.io.IOException ex) {
				throw new java.sql.SQLException("COPY into " + table + " failed", ex);
			}
		});
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
