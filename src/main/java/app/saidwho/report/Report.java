package app.saidwho.report;

import java.util.List;

/** Everything the report page shows; computed by {@link ReportService} from SQL aggregates. */
public record Report(String slug, String title, long started, long finished, double meanPercent, double medianPercent,
                     double meanSeconds, List<Bar> distribution, List<SkillRow> skills, String weakestSkill,
                     List<QuestionRow> questions) {

    public String meanText() {
        return String.format(java.util.Locale.ROOT, "%.1f", meanPercent);
    }

    public String medianText() {
        return medianPercent == Math.rint(medianPercent) ? String.valueOf((long) medianPercent)
                : String.format(java.util.Locale.ROOT, "%.1f", medianPercent);
    }

    public String timeText() {
        return String.format(java.util.Locale.ROOT, "%.0f", meanSeconds);
    }

    /** One bar of a chart: a label, a count or percentage, and its height or width in the SVG. */
    public record Bar(String label, long value, int size, int position) {
        public int x() {
            return position + 5;
        }

        public int y() {
            return 170 - size;
        }

        public int middle() {
            return position + 20;
        }

        public int valueY() {
            return 165 - size;
        }
    }

    /** Class mastery of one skill. */
    public record SkillRow(String label, long answers, long right, int percent, int width, int row) {
        public int barY() {
            return row * 28 + 6;
        }

        public int textY() {
            return row * 28 + 20;
        }

        public int valueX() {
            return width + 206;
        }
    }

    public int skillsHeight() {
        return skills.size() * 28 + 10;
    }

    /** Item analysis of one question (one version). */
    public record QuestionRow(long id, String prompt, String skill, long answers, int facilityPercent,
                              String discrimination, List<OptionCount> options, String flag) {
    }

    /** How often an option was chosen. */
    public record OptionCount(String text, boolean key, long chosen) {
    }
}
