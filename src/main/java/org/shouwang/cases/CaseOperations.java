package org.shouwang.cases;

import java.util.UUID;

import org.shouwang.platform.Page;

/**
 * Synthesised operations (合成作战): group cases and incidents, a lead unit and participating units, tasks assigned
 * to units with deadlines. A case solved inside an operation, or with a task of the command centre, counts as
 * command-assisted. Scoped like cases: a station or unit sees the operations it leads, takes part in or has a case in.
 */
public interface CaseOperations {

	Operation start(OperationInput input);

	Operation get(UUID id);

	Page<OperationSummary> list(String status, int page, int size);

	Operation addCase(UUID operationId, UUID caseId);

	Operation addIncident(UUID operationId, UUID incidentId);

	Operation close(UUID operationId);

	/** A task of the operation (optionally about one of its cases). */
	Task assignTask(UUID operationId, TaskInput input);

	/** A task about one case outside any operation (e.g. the command centre's video tracing). */
	Task assignCaseTask(UUID caseId, TaskInput input);

	Task completeTask(UUID taskId);

	/** A unit's task queue, nearest deadline first; open tasks only unless {@code all}. */
	Page<Task> unitQueue(String unitCode, boolean all, int page, int size);
}
