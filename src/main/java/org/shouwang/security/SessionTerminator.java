package org.shouwang.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's UI sessions on every node at once: they live in the database, indexed by principal name. */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends all sessions of the user except {@code keepSessionId} (may be null); returns how many ended. */
	int endSessions(String username, String keepSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of {}", ended, username);
		}
		return ended;
	}
}
