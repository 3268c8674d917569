package app.saidwho.report;

import app.saidwho.play.Percent;
import java.util.List;

/** Everything the report page shows; computed by {@link ReportService} from SQL aggregates. */
public record Report(String slug, String title, long started, long finished, double meanPercent, double medianPercent,
                     double meanSeconds, List<Bar> distribution, List<SkillRow> skills, String weakestSkill,
                     List<QuestionRow> questions, boolean finishedOnly) {

    /** Mean and median as whole percents, under the same rule as every other percentage. */
    public long meanText() {
        return Percent.round(meanPercent);
    }

    public long medianText() {
        return Percent.round(medianPercent);
    }

    public String timeText() {
        return String.format(java.util.Locale.ROOT, "%.0f", meanSeconds);
    }

    /** One bar of a chart: a label, a count or percentage, and its height or width in the SVG. */
    public record Bar(String label, long value, int size, int position) {
        public int x() {
            return position + 45;
        }

        public int y() {
            return 170 - size;
        }

        public int middle() {
            return position + 60;
        }

        /** The score range under the bar, without the percent sign the axis title carries. */
        public String tick() {
            return label.replace("%", "");
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
        return skills.size() * 28 + 50;
    }

    /** Where the mastery axis and its title sit, below the last bar. */
    public int skillsAxisY() {
        return skills.size() * 28 + 10;
    }

    public int skillsTitleY() {
        return skills.size() * 28 + 44;
    }

    /** Item analysis of one question version; a current question carries its earlier answered versions. */
    public record QuestionRow(long id, String key, int version, String prompt, String skill, long answers,
                              int facilityPercent, String discrimination, List<OptionCount> options, String flag,
                              List<QuestionRow> earlier) {
        QuestionRow withEarlier(List<QuestionRow> versions) {
            return new QuestionRow(id, key, version, prompt, skill, answers, facilityPercent, discrimination, options,
                    flag, List.copyOf(versions));
        }
    }

    /** How often an option was chosen. */
    public record OptionCount(String text, boolean key, long chosen) {
        public String chosenText() {
            return chosen == 0 ? "never chosen" : chosen == 1 ? "chosen once" : "chosen " + chosen + " times";
        }
    }
}
