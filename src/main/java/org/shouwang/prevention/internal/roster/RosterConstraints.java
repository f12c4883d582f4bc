package org.shouwang.prevention.internal.roster;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;

/**
 * The rostering rules. Hard: no officer in two shifts that overlap or leave less than 10 h of rest between them, at most
 * 6 consecutive working days, nobody rostered on leave, every slot led by a sworn officer, no vehicle in two
 * overlapping shifts. Soft: a fair share of night shifts and of shifts in the (holiday) period, officers near home
 * (their own station's posts).
 */
public class RosterConstraints implements ConstraintProvider {

	/** Least rest between two shifts of one officer, in minutes. */
	public static final long MIN_REST_MINUTES = 10 * 60;

	/** Most consecutive working days. */
	public static final int MAX_CONSECUTIVE_DAYS = 6;

	public static final String REST = "rest of 10 h between shifts";

	public static final String CONSECUTIVE = "at most 6 consecutive days";

	public static final String LEAVE = "no shift on leave";

	public static final String SWORN_LEAD = "a sworn officer leads each post";

	public static final String VEHICLE_OVERLAP = "a vehicle in one shift at a time";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { rest(factory), consecutiveDays(factory), leave(factory), swornLead(factory),
				vehicleOverlap(factory), fairNights(factory), fairShifts(factory), homeStation(factory) };
	}

	Constraint rest(ConstraintFactory factory) {
		return factory.forEachUniquePair(OfficerShift.class, Joiners.equal(OfficerShift::getOfficer))
			.filter((a, b) -> a.restTo(b) < MIN_REST_MINUTES)
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(REST);
	}

	Constraint consecutiveDays(ConstraintFactory factory) {
		return factory.forEach(OfficerShift.class)
			.groupBy(OfficerShift::getOfficer, OfficerShift::getDayNumber)
			.groupBy((officer, day) -> officer, ConstraintCollectors.toConsecutiveSequences((officer, day) -> day, day -> day))
			.flattenLast(SequenceChain::getConsecutiveSequences)
			.filter((officer, run) -> run.getCount() > MAX_CONSECUTIVE_DAYS)
			.penalizeLong(HardSoftLongScore.ONE_HARD, (officer, run) -> run.getCount() - MAX_CONSECUTIVE_DAYS)
			.asConstraint(CONSECUTIVE);
	}

	Constraint leave(ConstraintFactory factory) {
		return factory.forEach(OfficerShift.class)
			.filter(s -> s.getOfficer().onLeave(s.getDayIndex()))
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(LEAVE);
	}

	Constraint swornLead(ConstraintFactory factory) {
		return factory.forEach(OfficerShift.class)
			.filter(s -> s.isLead() && !s.getOfficer().isSworn())
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(SWORN_LEAD);
	}

	Constraint vehicleOverlap(ConstraintFactory factory) {
		return factory.forEachUniquePair(VehicleShift.class, Joiners.equal(VehicleShift::getVehicle),
				Joiners.overlapping(VehicleShift::getStart, VehicleShift::getEnd))
			.penalize(HardSoftLongScore.ONE_HARD)
			.asConstraint(VEHICLE_OVERLAP);
	}

	Constraint fairNights(ConstraintFactory factory) {
		return factory.forEach(OfficerShift.class)
			.filter(OfficerShift::isNight)
			.groupBy(OfficerShift::getOfficer, ConstraintCollectors.count())
			.penalizeLong(HardSoftLongScore.ONE_SOFT, (officer, nights) -> (long) nights * nights)
			.asConstraint("fair share of night shifts");
	}

	Constraint fairShifts(ConstraintFactory factory) {
		return factory.forEach(OfficerShift.class)
			.groupBy(OfficerShift::getOfficer, ConstraintCollectors.count())
			.penalizeLong(HardSoftLongScore.ONE_SOFT, (officer, shifts) -> (long) shifts * shifts)
			.asConstraint("fair share of holiday shifts");
	}

	Constraint homeStation(ConstraintFactory factory) {
		return factory.forEach(OfficerShift.class)
			.filter(s -> s.getPostStation() != null && !s.getPostStation().equals(s.getOfficer().getStationCode()))
			.penalize(HardSoftLongScore.ofSoft(5))
			.asConstraint("home station near the post");
	}
}
