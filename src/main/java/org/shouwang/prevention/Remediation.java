package org.shouwang.prevention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shouwang.audit.AuditAction;
import org.shouwang.audit.AuditOutcome;
import org.shouwang.audit.AuditTrail;
import org.shouwang.audit.ChangeSummary;
import org.shouwang.command.IncidentCategory;
import org.shouwang.command.IncidentPoints;
import org.shouwang.geography.Geocoder;
import org.shouwang.geography.Location;
import org.shouwang.platform.InvalidInputException;
import org.shouwang.platform.NotFoundException;
import org.shouwang.platform.Page;
import org.shouwang.platform.indicators.IndicatorPeriod;
import org.shouwang.platform.indicators.IndicatorRecordChanged;
import org.shouwang.prevention.internal.HexBins;
import org.shouwang.prevention.internal.RemediationProject;
import org.shouwang.prevention.internal.RemediationProjects;
import org.shouwang.security.DataScope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remediation projects (治安乱点整治): opened from hot bins of a hotspot analysis, deployments (人次) while open, a closing
 * evaluation with the before/after incident counts in the target cells over equal periods (from the command module's
 * {@link IncidentPoints}) and a Poisson test, closed as remediated only with that evaluation recorded. Scoped by the
 * project's station; audited; publishes {@link IndicatorRecordChanged} for its figures.
 */
@Service
public class Remediation {

	public static final String PROJECT = "RemediationProject";

	public static final String DEPLOYMENT = "RemediationDeployment";

	private final RemediationProjects projects;

	private final Hotspots hotspots;

	private final HexBins bins;

	private final IncidentPoints incidents;

	private final Geocoder geocoder;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.system(IndicatorPeriod.ZONE);

	Remediation(RemediationProjects projects, Hotspots hotspots, HexBins bins, IncidentPoints incidents, Geocoder geocoder,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.projects = projects;
		this.hotspots = hotspots;
		this.bins = bins;
		this.incidents = incidents;
		this.geocoder = geocoder;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public RemediationView open(RemediationInput input) {
		return open(input, false);
	}

	/** Opens a project on hot bins (90 % or more) of an analysis the caller may see. */
	@Transactional
	public RemediationView open(RemediationInput input, boolean demo) {
		if (input == null) {
			throw new InvalidInputException("body", "is required");
		}
		if (input.analysisId() == null) {
			throw new InvalidInputException("analysisId", "is required");
		}
		HotspotAnalysisView analysis;
		try {
			analysis = hotspots.analysis(input.analysisId());
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("analysisId", "is not an analysis you may see");
		}
		Map<String, HotspotCell> byCell = analysis.cells().stream().collect(Collectors.toMap(HotspotCell::cell, c -> c));
		List<String> cells = new ArrayList<>(new LinkedHashSet<>(input.cells() == null ? List.of() : input.cells()));
		for (String cell : cells) {
			HotspotCell c = byCell.get(cell);
			if (c == null || c.bin() <= 0) {
				throw new InvalidInputException("cells", cell + " is not a hot bin of analysis " + analysis.number());
			}
		}
		double lat = cells.stream().mapToDouble(c -> byCell.get(c).lat()).average().orElse(0);
		double lng = cells.stream().mapToDouble(c -> byCell.get(c).lng()).average().orElse(0);
		Location location = cells.isEmpty() ? Location.OUTSIDE : geocoder.locate(lat, lng);
		Set<IncidentCategory> categories = input.categories() != null && !input.categories().isEmpty()
				? EnumSet.copyOf(input.categories()) : analysis.categories();
		if (!DataScope.current().permits(location.stationCode())) {
			throw new InvalidInputException("cells", "the area lies outside your station's jurisdiction");
		}
		RemediationProject project = RemediationProject.open(projects.nextNumber(), input.name(), analysis.id(), cells,
				categories, location.stationCode(), location.gridCode(), lat, lng, input.measures(), input.openedOn(),
				input.deadline(), today(), demo);
		projects.insert(project);
		audit.record(AuditAction.CREATE, PROJECT, project.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("name", null, project.name())
					.change("analysis", null, analysis.number())
					.change("cells", null, String.join(",", cells))
					.change("deadline", null, project.deadline())
					.build());
		events.publishEvent(new IndicatorRecordChanged(PROJECT, project.id()));
		return view(project);
	}

	@Transactional
	public RemediationView deploy(UUID id, DeploymentInput input) {
		RemediationProject project = project(id);
		RemediationProject.Deployment deployment = project.deploy(input, today());
		projects.insert(List.of(deployment));
		audit.record(AuditAction.CREATE, DEPLOYMENT, deployment.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("project", null, project.number())
					.change("deployedOn", null, deployment.deployedOn())
					.change("officers", null, deployment.officers())
					.build());
		events.publishEvent(new IndicatorRecordChanged(DEPLOYMENT, deployment.id()));
		return view(project);
	}

	/** Many deployments of one project at once (imports, the demo district); one audit entry. */
	@Transactional
	public RemediationView deployAll(UUID id, List<DeploymentInput> inputs) {
		RemediationProject project = project(id);
		List<RemediationProject.Deployment> deployments = new ArrayList<>();
		for (DeploymentInput input : inputs) {
			deployments.add(project.deploy(input, today()));
		}
		projects.insert(deployments);
		audit.record(AuditAction.IMPORT, DEPLOYMENT, project.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("project", null, project.number())
					.change("deployments", null, deployments.size())
					.change("officers", null, deployments.stream().mapToInt(RemediationProject.Deployment::officers).sum())
					.build());
		for (RemediationProject.Deployment d : deployments) {
			events.publishEvent(new IndicatorRecordChanged(DEPLOYMENT, d.id()));
		}
		return view(project);
	}

	/** Counts the incidents of the project's categories in its cells over both periods and records the evaluation. */
	@Transactional
	public RemediationView evaluate(UUID id, EvaluationInput input) {
		RemediationProject project = project(id);
		project.checkEvaluation(input, today());
		int before = count(project, input.beforeFrom(), input.beforeTo());
		int after = count(project, input.afterFrom(), input.afterTo());
		project.evaluate(input, before, after, today());
		projects.update(project);
		audit.record(AuditAction.UPDATE, PROJECT, project.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder()
					.change("beforeCount", null, before)
					.change("afterCount", null, after)
					.change("pValue", null, project.pValue())
					.build());
		return view(project);
	}

	@Transactional
	public RemediationView close(UUID id, ClosingInput input) {
		RemediationProject project = project(id);
		project.close(input, today());
		projects.update(project);
		audit.record(AuditAction.UPDATE, PROJECT, project.id(), AuditOutcome.SUCCESS,
				ChangeSummary.builder().change("status", RemediationStatus.OPEN, project.status()).build());
		project.drainEvents().forEach(events::publishEvent);
		events.publishEvent(new IndicatorRecordChanged(PROJECT, project.id()));
		return view(project);
	}

	@Transactional(readOnly = true)
	public RemediationView get(UUID id) {
		return view(project(id));
	}

	@Transactional(readOnly = true)
	public Page<RemediationView> list(RemediationStatus status, int page, int size) {
		Page.check(page, size);
		return projects.list(status, DataScope.current(), page, size).map(this::view);
	}

	/** Incidents of the project's categories in its cells reported in [from, to] (days inclusive). */
	int count(RemediationProject project, LocalDate from, LocalDate to) {
		Set<Long> cells = new HashSet<>();
		double minLat = 90, maxLat = -90, minLng = 180, maxLng = -180;
		int resolution = -1;
		for (String address : project.cells()) {
			long cell = bins.cell(address);
			cells.add(cell);
			resolution = bins.resolution(cell);
			for (double[] p : bins.boundary(cell)) {
				minLat = Math.min(minLat, p[0]);
				maxLat = Math.max(maxLat, p[0]);
				minLng = Math.min(minLng, p[1]);
				maxLng = Math.max(maxLng, p[1]);
			}
		}
		int res = resolution;
		int[] count = { 0 };
		Instant start = from.atStartOfDay(IndicatorPeriod.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(IndicatorPeriod.ZONE).toInstant();
		incidents.forEach(project.categories(), start, end,
				new IncidentPoints.Box(minLat - 1e-4, minLng - 1e-4, maxLat + 1e-4, maxLng + 1e-4), point -> {
					if (cells.contains(bins.cell(point.lat(), point.lng(), res))) {
						count[0]++;
					}
				});
		return count[0];
	}

	private RemediationProject project(UUID id) {
		return projects.find(id, DataScope.current()).orElseThrow(() -> new NotFoundException("Remediation project " + id));
	}

	private RemediationView view(RemediationProject p) {
		List<RemediationView.Deployment> deployments = projects.deployments(p.id());
		return new RemediationView(p.id(), p.number(), p.name(), p.analysisId(), p.cells(), p.categories(), p.stationCode(),
				p.gridCode(), p.lat(), p.lng(), p.measures(), p.openedOn(), p.deadline(), p.status(),
				deployments.stream().mapToLong(RemediationView.Deployment::officers).sum(), deployments, p.beforeFrom(),
				p.beforeTo(), p.afterFrom(), p.afterTo(), p.beforeCount(), p.afterCount(), p.pValue(), p.evaluatedOn(),
				p.closedOn(), p.closingNote(), p.demo());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
