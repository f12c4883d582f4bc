package org.shouwang.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Command-line verifier of the audit trail, independent of the running application: plain JDBC, the same
 * {@link AuditChainVerifier} as {@code GET /api/v1/audit/verify}. Exit code 0 when the trail verifies,
 * 1 with the report when it does not, 2 on a usage or connection error. From the packaged jar:
 * <pre>
 * java -cp shouwang.jar -Dloader.main=org.shouwang.audit.AuditVerifierCli \
 *      org.springframework.boot.loader.launch.PropertiesLauncher \
 *      --jdbc-url=jdbc:postgresql://127.0.0.1:15432/postgres --user=postgres --password=... \
 *      --checkpoint-dir=./data/audit-checkpoints [--table=audit_entry]
 * </pre>
 * The password may also come from the environment variable {@code SHOUWANG_AUDIT_PASSWORD}.
 */
public final class AuditVerifierCli {

	static final int OK = 0;

	static final int TAMPERED = 1;

	static final int ERROR = 2;

	private AuditVerifierCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				usage(out);
				return OK;
			}
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				err.println("Unknown argument: " + arg);
				usage(err);
				return ERROR;
			}
			options.put(arg.substring(2, eq), arg.substring(eq + 1));
		}
		String url = options.get("jdbc-url");
		String dir = options.get("checkpoint-dir");
		if (url == null || dir == null) {
			err.println("--jdbc-url and --checkpoint-dir are required");
			usage(err);
			return ERROR;
		}
		Properties login = new Properties();
		if (options.containsKey("user")) {
			login.setProperty("user", options.get("user"));
		}
		String password = options.getOrDefault("password", env.get("SHOUWANG_AUDIT_PASSWORD"));
		if (password != null) {
			login.setProperty("password", password);
		}
		AuditChainVerifier verifier;
		try {
			verifier = new AuditChainVerifier(options.getOrDefault("table", AuditChainVerifier.DEFAULT_TABLE));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return ERROR;
		}
		CheckpointStore checkpoints = new CheckpointStore(Path.of(dir));
		try (Connection connection = DriverManager.getConnection(url, login)) {
			VerificationResult result = verifier.verify(connection, checkpoints);
			out.println("Audit trail: " + result.entries() + " entries, checkpoints in " + checkpoints.dir());
			if (result.ok()) {
				out.println("OK: the hash chain is intact and agrees with the latest checkpoint");
				return OK;
			}
			out.println("FAILED: first bad entry " + (result.firstBadEntry() == null ? "-" : result.firstBadEntry()));
			out.println("Reason: " + result.reason());
			return TAMPERED;
		}
		catch (SQLException ex) {
			err.println("Cannot verify the audit trail: " + ex.getMessage());
			return ERROR;
		}
	}

	private static void usage(PrintStream out) {
		out.println("Usage: AuditVerifierCli --jdbc-url=URL --checkpoint-dir=DIR [--user=U] [--password=P] [--table=T]");
		out.println("Exit codes: 0 verified, 1 tampered (report printed), 2 usage or connection error");
	}
}
