package org.shouwang.workforce;

/** The kinds of the team-building records (each with its message key {@code workforce.<enum>.<NAME>}). */
public final class Kinds {

	private Kinds() {
	}

	/** 学习研讨交流 */
	public enum StudyKind {
		POLITICAL_THEORY, PROFESSIONAL_TRAINING, CASE_REVIEW, EXCHANGE;

		public String messageKey() {
			return "workforce.study." + name();
		}
	}

	/** 文体活动 */
	public enum EventKind {
		SPORTS, CULTURAL, FAMILY_DAY, VOLUNTEERING;

		public String messageKey() {
			return "workforce.event." + name();
		}
	}

	/** 走访慰问的缘由 */
	public enum VisitOccasion {
		FESTIVAL, ILLNESS, HARDSHIP, BEREAVEMENT, OTHER;

		public String messageKey() {
			return "workforce.occasion." + name();
		}
	}

	/** 困难的类别 */
	public enum DifficultyCategory {
		HOUSING, MEDICAL, CHILD_EDUCATION, FAMILY_EMPLOYMENT, ELDER_CARE, OTHER;

		public String messageKey() {
			return "workforce.difficulty." + name();
		}
	}
}
