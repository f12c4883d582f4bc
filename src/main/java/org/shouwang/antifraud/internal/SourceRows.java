package org.shouwang.antifraud.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shouwang.antifraud.WarningSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code antifraud_source} table (centres allowed to post orders, each with its HMAC key) and the seen signatures. */
@Repository
public class SourceRows {

	private final JdbcClient jdbc;

	SourceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<WarningSource> list() {
		return jdbc.sql("SELECT code, name, active, demo, created_at, key_set_at FROM antifraud_source ORDER BY code")
			.query((rs, n) -> new WarningSource(rs.getString("code"), rs.getString("name"), rs.getBoolean("active"),
					rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("key_set_at").toInstant()))
			.list();
	}

	public Optional<WarningSource> find(String code) {
		return list().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	public Optional<byte[]> activeKey(String code) {
		return jdbc.sql("SELECT hmac_key FROM antifraud_source WHERE code = ? AND active").param(code)
			.query(byte[].class).optional();
	}

	public void insert(String code, String name, byte[] key, boolean demo, Instant now) {
		jdbc.sql("INSERT INTO antifraud_source (code, name, hmac_key, demo, created_at, key_set_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(code, name, key, demo, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void setKey(String code, byte[] key, Instant now) {
		jdbc.sql("UPDATE antifraud_source SET hmac_key = ?, key_set_at = ? WHERE code = ?")
			.params(key, Timestamp.from(now), code)
			.update();
	}

	public void setActive(String code, boolean active) {
		jdbc.sql("UPDATE antifraud_source SET active = ? WHERE code = ?").params(active, code).update();
	}

	/** Remembers a signature; false when it was seen before (a replay). */
	public boolean remember(String source, String signature, Instant now) {
		return jdbc.sql("INSERT INTO antifraud_source_signature (source_code, signature, seen_at) VALUES (?, ?, ?) "
				+ "ON CONFLICT DO NOTHING").params(source, signature, Timestamp.from(now)).update() == 1;
	}

	public void forgetSignaturesBefore(Instant cutoff) {
		jdbc.sql("DELETE FROM antifraud_source_signature WHERE seen_at < ?").param(Timestamp.from(cutoff)).update();
	}
}
