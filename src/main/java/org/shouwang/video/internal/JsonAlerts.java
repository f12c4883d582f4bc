package org.shouwang.video.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON alert format:
 * an object with the string fields id, cameraCode, eventType, occurredAt (ISO-8601 with offset) and
 * description; {@code id}, {@code cameraCode}, {@code eventType} and {@code occurredAt} are required.
 */
final class JsonAlerts {

	private JsonAlerts() {
	}

	static IncomingAlert read(byte[] body, JsonMapper json) {
		JsonNode root;
		try {
			root = json.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw VideoProblems.malformed("The body is not valid JSON.");
		}
		if (root == null || !root.isObject()) {
			throw VideoProblems.malformed("The body must be a JSON object.");
		}
		String id = text(root, "id");
		String camera = text(root, "cameraCode");
		String event = text(root, "eventType");
		String occurred = text(root, "occurredAt");
		if (id == null || camera == null || event == null || occurred == null) {
			throw VideoProblems.malformed("id, cameraCode, eventType and occurredAt are required.");
		}
		OffsetDateTime at;
		try {
			at = OffsetDateTime.parse(occurred);
		}
		catch (DateTimeParseException ex) {
			throw VideoProblems.malformed("occurredAt must be ISO-8601 with an offset.");
		}
		return new IncomingAlert("JSON", id, event, camera, null, null, null, at.toInstant(), text(root, "description"));
	}

	private static String text(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw VideoProblems.malformed("'" + field + "' must be a string.");
		}
		String value = node.asString().strip();
		return value.isEmpty() ? null : value;
	}
}
