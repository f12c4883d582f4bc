package org.shouwang.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.organization.Capability;
import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.InvalidInputException.FieldError;
import org.shouwang.platform.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Changes to the incident catalogue by administrators: create a subtype, change one (all but its category
 * and code), deactivate and activate it. Subtypes are never deleted, since incidents refer to them: a
 * deactivated subtype is no longer offered at intake, while the incidents that have it keep showing its name.
 * Every rule is checked before anything is written (bad input 400 with every field error, a code taken 409,
 * an unknown subtype 404); every change is recorded in the audit trail in the same transaction, and the
 * catalogue of this node is reloaded once the change has committed. Other nodes see the change when their
 * copy expires (shouwang.command.catalogue-refresh, 60 seconds).
 */
@Service
@Transactional
public class IncidentCatalogueAdministration {

	/** Object type of the audit entries; their object id is category/code, e.g. HELP/DROWNING. */
	public static final String OBJECT_TYPE = "IncidentSubtype";

	/** A subtype code: an upper-case letter, then 1 to 23 upper-case letters, digits or underscores. */
	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,23}");

	public static final int MAX_UNITS = 10;

	public static final int MAX_SORT_ORDER = 9999;

	/** Sort order of the catch-all subtypes (其他…), which stay last. */
	private static final int CATCH_ALL_ORDER = 99;

	private static final String COLUMNS = """
			category, code, name_zh, name_en, default_priority, required_capability, units_needed, sort_order, active""";

	private final JdbcClient jdbc;

	private final IncidentCatalogue catalogue;

	private final AuditTrail audit;

	private final MessageSource messages;

	IncidentCatalogueAdministration(JdbcClient jdbc, IncidentCatalogue catalogue, AuditTrail audit,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.audit = audit;
		this.messages = messages;
	}

	// ---- reading (from the database, not the cached catalogue: administrators see the latest state)

	/** The subtypes, of one category or all, active or not or both, by category and sort order. */
	@Transactional(readOnly = true)
	public List<IncidentSubtype> list(IncidentCategory category, Boolean active) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM incident_subtype
				WHERE (CAST(:category AS varchar) IS NULL OR category = :category)
				  AND (CAST(:active AS boolean) IS NULL OR active = :active)""")
			.param("category", category == null ? null : category.name())
			.param("active", active)
			.query(IncidentCatalogueAdministration::subtype)
			.list()
			.stream()
			.sorted(Comparator.comparing(IncidentSubtype::category)
				.thenComparingInt(IncidentSubtype::sortOrder)
				.thenComparing(IncidentSubtype::code))
			.toList();
	}

	/** One subtype, active or not; 404 when the category has no such code. */
	@Transactional(readOnly = true)
	public IncidentSubtype get(String category, String code) {
		return find(category, code, false).orElseThrow(() -> new NotFoundException("Incident subtype"));
	}

	// ---- changes

	/** Adds a subtype to a category (active at once). */
	public IncidentSubtype create(IncidentSubtypeInput input) {
		List<FieldError> errors = check(input, true);
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		String category = input.category().name();
		String code = input.code().strip();
		if (find(category, code, false).isPresent()) {
			throw codeTaken(category, code);
		}
		int sortOrder = input.sortOrder() != null ? input.sortOrder() : jdbc.sql("""
				SELECT coalesce(max(sort_order) FILTER (WHERE sort_order < :catchAll), 0) + 1
				FROM incident_subtype WHERE category = :category""")
			.param("catchAll", CATCH_ALL_ORDER)
			.param("category", category)
			.query(Integer.class)
			.single();
		try {
			jdbc.sql("""
					INSERT INTO incident_subtype (category, code, name_zh, name_en, default_priority,
					                              required_capability, units_needed, sort_order, active)
					VALUES (:category, :code, :nameZh, :nameEn, :priority, :capability, :units, :sortOrder, true)""")
				.param("category", category)
				.param("code", code)
				.param("nameZh", input.nameZh().strip())
				.param("nameEn", input.nameEn().strip())
				.param("priority", input.defaultPriority())
				.param("capability", input.requiredCapability() == null ? null : input.requiredCapability().name())
				.param("units", input.unitsNeeded())
				.param("sortOrder", sortOrder)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw codeTaken(category, code);
		}
		return audited(AuditAction.CREATE, null, find(category, code, false).orElseThrow());
	}

	/** Changes names, default priority, required capability, units needed and sort order of a subtype. */
	public IncidentSubtype update(String category, String code, IncidentSubtypeInput input) {
		IncidentSubtype before = existing(category, code);
		List<FieldError> errors = new ArrayList<>();
		if (input != null && input.category() != null && input.category() != before.category()) {
			errors.add(new FieldError("category", message("catalogue.validation.fixed")));
		}
		if (input != null && input.code() != null && !input.code().isBlank() && !input.code().strip().equals(before.code())) {
			errors.add(new FieldError("code", message("catalogue.validation.fixed")));
		}
		errors.addAll(check(input, false));
		if (!errors.isEmpty()) {
			throw invalid(errors);
		}
		jdbc.sql("""
				UPDATE incident_subtype
				SET name_zh = :nameZh, name_en = :nameEn, default_priority = :priority,
				    required_capability = :capability, units_needed = :units, sort_order = :sortOrder
				WHERE category = :category AND code = :code""")
			.param("nameZh", input.nameZh().strip())
			.param("nameEn", input.nameEn().strip())
			.param("priority", input.defaultPriority())
			.param("capability", input.requiredCapability() == null ? null : input.requiredCapability().name())
			.param("units", input.unitsNeeded())
			.param("sortOrder", input.sortOrder() != null ? input.sortOrder() : before.sortOrder())
			.param("category", before.category().name())
			.param("code", before.code())
			.update();
		return audited(AuditAction.UPDATE, before, find(category, code, false).orElseThrow());
	}

	/**
	 * Stops offering a subtype at intake and reclassification; incidents that have it keep it. The last active
	 * subtype of a category cannot be deactivated (409): the category would take no incidents.
	 */
	public IncidentSubtype deactivate(String category, String code) {
		IncidentSubtype before = existing(category, code);
		if (!before.active()) {
			return before;
		}
		long othersActive = jdbc.sql("""
				SELECT count(*) FROM incident_subtype WHERE category = :category AND code <> :code AND active""")
			.param("category", before.category().name())
			.param("code", before.code())
			.query(Long.class)
			.single();
		if (othersActive == 0) {
			throw new ConflictException(message("catalogue.error.lastActive", categoryName(before.category())));
		}
		return setActive(before, false);
	}

	/** Offers a deactivated subtype at intake again. */
	public IncidentSubtype activate(String category, String code) {
		IncidentSubtype before = existing(category, code);
		return before.active() ? before : setActive(before, true);
	}

	private IncidentSubtype setActive(IncidentSubtype before, boolean active) {
		jdbc.sql("UPDATE incident_subtype SET active = :active WHERE category = :category AND code = :code")
			.param("active", active)
			.param("category", before.category().name())
			.param("code", before.code())
			.update();
		return audited(AuditAction.UPDATE, before,
				find(before.category().name(), before.code(), false).orElseThrow());
	}

	// ---- rules

	/**
	 * Every field error of the input, in the order of the form, with messages in the caller's language; empty
	 * when it is valid. On a change ({@code creating} false) category and code are not checked here.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<FieldError> check(IncidentSubtypeInput input, boolean creating) {
		List<FieldError> errors = new ArrayList<>();
		if (input == null) {
			errors.add(new FieldError("body", message("catalogue.validation.required")));
			return errors;
		}
		if (creating) {
			if (input.category() == null) {
				errors.add(new FieldError("category", message("catalogue.validation.required")));
			}
			if (input.code() == null || input.code().isBlank()) {
				errors.add(new FieldError("code", message("catalogue.validation.required")));
			}
			else if (!CODE.matcher(input.code().strip()).matches()) {
				errors.add(new FieldError("code", message("catalogue.validation.code")));
			}
		}
		text(errors, "nameZh", input.nameZh(), 32);
		text(errors, "nameEn", input.nameEn(), 64);
		range(errors, "defaultPriority", input.defaultPriority(), true, 1, 4);
		range(errors, "unitsNeeded", input.unitsNeeded(), true, 1, MAX_UNITS);
		range(errors, "sortOrder", input.sortOrder(), false, 0, MAX_SORT_ORDER);
		return errors;
	}

	private void text(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, message("catalogue.validation.required")));
		}
		else if (value.strip().length() > max) {
			errors.add(new FieldError(field, message("catalogue.validation.size", String.valueOf(max))));
		}
	}

	private void range(List<FieldError> errors, String field, Integer value, boolean required, int min, int max) {
		if (value == null) {
			if (required) {
				errors.add(new FieldError(field, message("catalogue.validation.required")));
			}
		}
		else if (value < min || value > max) {
			errors.add(new FieldError(field, message("catalogue.validation.range", String.valueOf(min), String.valueOf(max))));
		}
	}

	private InvalidInputException invalid(List<FieldError> errors) {
		return new InvalidInputException(message("catalogue.error.invalid"), errors);
	}

	private ConflictException codeTaken(String category, String code) {
		return new ConflictException(message("catalogue.error.codeTaken", code,
				categoryName(IncidentCategory.valueOf(category))));
	}

	private String categoryName(IncidentCategory category) {
		return message(category.messageKey());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	// ---- storage

	private IncidentSubtype existing(String category, String code) {
		return find(category, code, true).orElseThrow(() -> new NotFoundException("Incident subtype"));
	}

	/** The subtype, locked for the change when {@code forUpdate}. */
	private Optional<IncidentSubtype> find(String category, String code, boolean forUpdate) {
		if (category == null || code == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM incident_subtype WHERE category = :category AND code = :code"
				+ (forUpdate ? " FOR UPDATE" : ""))
			.param("category", category)
			.param("code", code)
			.query(IncidentCatalogueAdministration::subtype)
			.optional();
	}

	private static IncidentSubtype subtype(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String capability = rs.getString("required_capability");
		return new IncidentSubtype(IncidentCategory.valueOf(rs.getString("category")), rs.getString("code"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getInt("default_priority"),
				capability == null ? null : Capability.valueOf(capability), rs.getInt("units_needed"),
				rs.getInt("sort_order"), rs.getBoolean("active"));
	}

	/**
	 * Records the change in the audit trail, in this transaction (a change that changed nothing is not
	 * recorded), and has the catalogue reloaded once the transaction has committed.
	 */
	private IncidentSubtype audited(String action, IncidentSubtype before, IncidentSubtype after) {
		ChangeSummary changes = ChangeSummary.diff(ChangeSummary.fieldsOf(before), ChangeSummary.fieldsOf(after));
		if (before == null || !changes.isEmpty()) {
			audit.record(action, OBJECT_TYPE, after.category().name() + "/" + after.code(), AuditOutcome.SUCCESS,
					changes);
			reloadAfterCommit();
		}
		return after;
	}

	private void reloadAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					catalogue.reload();
				}
			});
		}
		else {
			catalogue.reload();
		}
	}
}
