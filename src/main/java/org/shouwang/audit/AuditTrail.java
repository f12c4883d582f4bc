package org.shouwang.audit;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to write to the audit trail. {@code record(...)} joins the caller's transaction
 * (propagation MANDATORY: there must be one), so the entry commits or rolls back with the change it
 * records and no caller can forget the transaction by accident. {@link #recordIndependently} commits on
 * its own, for events that must stay even when the caller's work is rolled back (failed logins, denied
 * access). The actor is the authenticated user's name ({@code anonymous} for an unauthenticated request,
 * {@code system} outside a request); the source address is the request's client address.
 */
@Service
public class AuditTrail {

	/** Actor of work done by the application itself (schedules, start-up, demo load). */
	public static final String SYSTEM = "system";

	/** Actor of a request nobody has signed in for. */
	public static final String ANONYMOUS = "anonymous";

	private final AuditWriter writer;

	private final TransactionTemplate independent;

	private final boolean trustForwardedFor;

	private final Clock clock;

	AuditTrail(AuditWriter writer, PlatformTransactionManager transactions, AuditProperties properties) {
		this.writer = writer;
		this.independent = new TransactionTemplate(transactions);
		this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.trustForwardedFor = properties.trustForwardedFor();
		this.clock = Clock.systemUTC();
	}

	/** Records an action on an object, without a change summary, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String objectType, Object objectId, AuditOutcome outcome) {
		record(AuditEvent.of(action, objectType, objectId, outcome));
	}

	/** Records a change of an object with its (masked) summary, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String objectType, Object objectId, AuditOutcome outcome,
			ChangeSummary changes) {
		record(AuditEvent.of(action, objectType, objectId, outcome).withChanges(changes));
	}

	/** Records an event in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditEvent event) {
		writer.enqueue(pending(event));
	}

	/**
	 * Records many events in the caller's transaction, in order (a bulk import's entry per record). They join the
	 * chain in batches of {@value AuditWriter#FLUSH_AT} while the transaction runs, and the rest at its commit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<AuditEvent> events) {
		for (AuditEvent event : events) {
			writer.enqueue(pending(event));
		}
	}

	/**
	 * Records an event in a transaction of its own that commits at once, whatever happens to the caller's
	 * transaction (if any). For failures and refusals: a login failure, a lockout, a denied access.
	 */
	public void recordIndependently(AuditEvent event) {
		AuditWriter.PendingEntry entry = pending(event);
		independent.executeWithoutResult(status -> writer.enqueue(entry));
	}

	private AuditWriter.PendingEntry pending(AuditEvent event) {
		HttpServletRequest request = currentRequest();
		String actor = event.actor() != null ? event.actor() : currentActor(request != null);
		String changes = event.changes() == null || event.changes().isEmpty() ? null : event.changes().toJson();
		return new AuditWriter.PendingEntry(clock.instant(), actor, sourceAddress(request), event.action(),
				event.objectType(), event.objectId(), event.outcome(), changes);
	}

	private static String currentActor(boolean inRequest) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return inRequest ? ANONYMOUS : SYSTEM;
		}
		if (auth instanceof AnonymousAuthenticationToken || auth.getName() == null || auth.getName().isBlank()) {
			return ANONYMOUS;
		}
		return truncate(auth.getName(), 200);
	}

	private String sourceAddress(HttpServletRequest request) {
		if (request == null) {
			return null;
		}
		if (trustForwardedFor) {
			String forwarded = request.getHeader("X-Forwarded-For");
			if (forwarded != null && !forwarded.isBlank()) {
				// The right-most address is the one our (trusted) proxy saw; those left of it are client claims.
				String last = Arrays.stream(forwarded.split(","))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.reduce((a, b) -> b)
					.orElse(null);
				if (last != null) {
					return truncate(last, 100);
				}
			}
		}
		return truncate(request.getRemoteAddr(), 100);
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
