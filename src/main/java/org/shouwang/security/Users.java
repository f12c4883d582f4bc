package org.shouwang.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.shouwang.platform.ConflictException;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: create, change, disable, unlock, reset and change passwords. An administrator sees and
 * manages only the users inside their own data scope (a station administrator: the station's users).
 * Disabling a user, taking a role away, moving its scope or resetting its password ends its sessions and
 * revokes its tokens at once. Every change publishes {@link SecurityEvent.UserChanged}.
 */
@Service
public class Users {

	private final UserRepository repository;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final TokenService tokens;

	private final SessionTerminator sessions;

	private final Authenticator authenticator;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	Users(UserRepository repository, PasswordEncoder encoder, PasswordPolicy policy, TokenService tokens,
			SessionTerminator sessions, Authenticator authenticator, ApplicationEventPublisher events,
			MessageSource messages) {
		this.repository = repository;
		this.encoder = encoder;
		this.policy = policy;
		this.tokens = tokens;
		this.sessions = sessions;
		this.authenticator = authenticator;
		this.events = events;
		this.messages = messages;
	}

	/** One page of the users the current user may manage. */
	@Transactional(readOnly = true)
	public Page<UserView> find(UserFilter filter, int page, int size) {
		return repository.page(filter, actingScope(), Math.max(0, page), Math.min(Math.max(1, size), Page.MAX_SIZE));
	}

	/** A user inside the current user's scope; {@link NotFoundException} otherwise. */
	@Transactional(readOnly = true)
	public UserView get(String username) {
		return visible(username).view(Instant.now());
	}

	public long count() {
		return repository.count();
	}

	/** Creates a user who must change the initial password at the first sign-in. */
	@Transactional
	public UserView create(NewUser user) {
		return create(user, true, false, true);
	}

	/**
	 * Creates a demo account (marked as demo, password not from the common list check, no change forced).
	 * For the demo district only.
	 */
	@Transactional
	public UserView createDemoAccount(NewUser user) {
		return create(user, false, true, false);
	}

	@Transactional
	public UserView update(String username, UserChanges changes) {
		UserRow before = visible(username);
		checkDisplayName(changes.displayName());
		checkBadge(changes.officerBadge());
		checkScope(changes.scopeUnitCode());
		checkRoles(changes.roles());
		String badge = blankToNull(changes.officerBadge());
		repository.update(before.id(), changes.displayName().strip(), changes.scopeUnitCode(), badge, changes.roles());
		List<String> changed = new ArrayList<>();
		StringBuilder summary = new StringBuilder();
		describe(changed, summary, "displayName", before.displayName(), changes.displayName().strip());
		describe(changed, summary, "roles", roleList(before.roles()), roleList(changes.roles()));
		describe(changed, summary, "scopeUnitCode", before.scopeUnitCode(), changes.scopeUnitCode());
		describe(changed, summary, "officerBadge", before.officerBadge(), badge);
		boolean lostRights = !changes.roles().containsAll(before.roles())
				|| !before.scopeUnitCode().equals(changes.scopeUnitCode());
		if (lostRights) {
			endAccess(before, null);
		}
		events.publishEvent(new SecurityEvent.UserChanged(username, "UPDATE", summary.toString(), changed));
		return get(username);
	}

	/** Disables the user: it can no longer sign in, its sessions end and its tokens stop working now. */
	@Transactional
	public UserView disable(String username) {
		UserRow user = visible(username);
		if (SignedInUser.current().map(SignedInUser::username).filter(username::equals).isPresent()) {
			throw new ConflictException("You cannot disable your own account.");
		}
		repository.setEnabled(user.id(), false);
		endAccess(user, null);
		events.publishEvent(new SecurityEvent.UserChanged(username, "DISABLE", "enabled: true → false", List.of("enabled")));
		return get(username);
	}

	@Transactional
	public UserView enable(String username) {
		UserRow user = visible(username);
		repository.setEnabled(user.id(), true);
		events.publishEvent(new SecurityEvent.UserChanged(username, "ENABLE", "enabled: false → true", List.of("enabled")));
		return get(username);
	}

	/** Lifts a lockout and clears the failure count. */
	@Transactional
	public UserView unlock(String username) {
		UserRow user = visible(username);
		repository.recordFailures(user.id(), 0, null);
		events.publishEvent(new SecurityEvent.UserChanged(username, "UNLOCK",
				"failedAttempts: " + user.failedAttempts() + " → 0; lockedUntil cleared", List.of("failedAttempts", "lockedUntil")));
		return get(username);
	}

	/** Sets a new password that the user must change at the next sign-in; ends sessions and tokens. */
	@Transactional
	public UserView resetPassword(String username, String newPassword) {
		UserRow user = visible(username);
		checkPassword("newPassword", username, newPassword, true);
		repository.setPassword(user.id(), encoder.encode(newPassword), true);
		repository.recordFailures(user.id(), 0, null);
		endAccess(user, null);
		events.publishEvent(new SecurityEvent.UserChanged(username, "RESET_PASSWORD",
				"password reset; must change at next sign-in", List.of("password", "mustChangePassword")));
		return get(username);
	}

	/**
	 * The signed-in user changes their own password. A wrong current password counts as a failed sign-in
	 * (and is kept although the change is refused); other sessions and all tokens of the user end.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	void changeOwnPassword(String username, String currentPassword, String newPassword, String address,
			String keepSessionId) {
		if (!authenticator.currentPassword(username, currentPassword, address)) {
			throw new InvalidInputException("currentPassword", text("password.current.wrong"));
		}
		if (Objects.equals(currentPassword, newPassword)) {
			throw new InvalidInputException("newPassword", text("password.rule.same"));
		}
		checkPassword("newPassword", username, newPassword, true);
		UserRow user = repository.find(username).orElseThrow();
		repository.setPassword(user.id(), encoder.encode(newPassword), false);
		endAccess(user, keepSessionId);
		events.publishEvent(new SecurityEvent.UserChanged(username, "CHANGE_PASSWORD", "password changed by the user",
				List.of("password")));
	}

	/** Stores a confirmed TOTP secret for the user. */
	@Transactional
	void enrolTotp(String username, String secret, long confirmedStep) {
		UserRow user = repository.find(username).orElseThrow();
		repository.setTotp(user.id(), secret, confirmedStep);
		events.publishEvent(new SecurityEvent.UserChanged(username, "ENROL_TOTP", "TOTP second factor enrolled",
				List.of("totp")));
	}

	/** The first administrator of a database without users (outside the demo). */
	@Transactional
	UserView createInitialAdmin(String password) {
		return create(new NewUser("admin", "系统管理员", Set.of(Role.ADMIN), DataScope.BRANCH, null, password), true,
				false, true);
	}

	UserRow row(String username) {
		return repository.find(username).orElseThrow(() -> new NotFoundException("User"));
	}

	private UserView create(NewUser user, boolean mustChange, boolean demo, boolean checkCommonList) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (user.username() == null || !user.username().matches("[a-z0-9._-]{3,32}")) {
			errors.add(new InvalidInputException.FieldError("username", text("user.username.rule")));
		}
		else if (SystemActor.RESERVED.contains(user.username())) {
			errors.add(new InvalidInputException.FieldError("username", text("user.username.reserved")));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.get(0).message(), errors);
		}
		checkDisplayName(user.displayName());
		checkBadge(user.officerBadge());
		checkScope(user.scopeUnitCode());
		checkRoles(user.roles());
		checkPassword("initialPassword", user.username(), user.initialPassword(), checkCommonList);
		if (repository.find(user.username()).isPresent()) {
			throw new ConflictException("The username " + user.username() + " is taken.");
		}
		repository.insert(user.username(), user.displayName().strip(), encoder.encode(user.initialPassword()),
				user.scopeUnitCode(), blankToNull(user.officerBadge()), mustChange, demo, user.roles());
		events.publishEvent(new SecurityEvent.UserChanged(user.username(), "CREATE",
				"roles: " + roleList(user.roles()) + "; scopeUnitCode: " + user.scopeUnitCode() + "; officerBadge: "
						+ blankToNull(user.officerBadge()) + (demo ? "; demo" : ""),
				List.of("username", "displayName", "roles", "scopeUnitCode", "officerBadge", "password")));
		return repository.find(user.username()).orElseThrow().view(Instant.now());
	}

	private UserRow visible(String username) {
		UserRow user = repository.find(username).orElseThrow(() -> new NotFoundException("User"));
		if (!actingScope().covers(user.scopeUnitCode())) {
			throw new NotFoundException("User");
		}
		return user;
	}

	private void endAccess(UserRow user, String keepSessionId) {
		tokens.revokeAll(user.id());
		sessions.endSessions(user.username(), keepSessionId);
	}

	private static DataScope actingScope() {
		return SignedInUser.current().map(SignedInUser::scope).orElseGet(DataScope::branch);
	}

	private void checkScope(String code) {
		if (!DataScope.isValidUnitCode(code)) {
			throw new InvalidInputException("scopeUnitCode", text("user.scope.invalid"));
		}
		if (!actingScope().covers(code)) {
			throw new InvalidInputException("scopeUnitCode", text("user.scope.outside"));
		}
	}

	private void checkDisplayName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 64) {
			throw new InvalidInputException("displayName", text("user.displayName.rule"));
		}
	}

	private void checkBadge(String badge) {
		if (badge != null && badge.strip().length() > 32) {
			throw new InvalidInputException("officerBadge", text("user.badge.rule"));
		}
	}

	private void checkRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
			throw new InvalidInputException("roles", text("user.roles.required"));
		}
	}

	private void checkPassword(String field, String username, String password, boolean checkCommonList) {
		List<String> violations = policy.violations(username, password, checkCommonList);
		if (!violations.isEmpty()) {
			List<InvalidInputException.FieldError> errors = violations.stream()
				.map(key -> new InvalidInputException.FieldError(field, text(key)))
				.toList();
			throw new InvalidInputException(errors.get(0).message(), errors);
		}
	}

	private static void describe(List<String> changed, StringBuilder summary, String field, String before,
			String after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
			if (!summary.isEmpty()) {
				summary.append("; ");
			}
			summary.append(field).append(": ").append(before).append(" → ").append(after);
		}
	}

	private static String roleList(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList().toString();
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
