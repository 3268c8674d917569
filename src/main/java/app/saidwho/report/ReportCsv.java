package app.saidwho.report;

import app.saidwho.play.Percent;
import app.saidwho.quiz.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports written with Commons CSV (RFC 4180) while the rows stream from the database, so memory
 * stays flat however many attempts there are. Cells a spreadsheet would run as a formula are neutralised.
 */
@ApplicationScoped
public class ReportCsv {
    private final EntityManager em;

    ReportCsv(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void attempts(ReportFilter filter, OutputStream out) throws IOException {
        try (Stream<Object[]> rows = filter.bind(em.createQuery("select a.learnerName, a.startedAt, a.finishedAt,"
                + " a.answeredCount, a.correctCount from Attempt a where " + filter.where() + " order by a.startedAt, a.id",
                Object[].class)).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            write(out, new String[] {"learner", "started", "finished", "answered", "right", "score_percent"}, rows.map(r -> {
                int answered = ((Number) r[3]).intValue();
                int right = ((Number) r[4]).intValue();
                return new Object[] {r[0], r[1], r[2], answered, right, Percent.of(right, answered)};
            }));
        }
    }

    /** One row per answer, naming the option chosen and the key, not only the chosen index. */
    @Transactional
    public void responses(ReportFilter filter, OutputStream out) throws IOException {
        // A set has tens of question versions at most: their options fit in memory while the answers stream.
        Map<Long, List<String>> options = new HashMap<>();
        Map<Long, Integer> keys = new HashMap<>();
        for (Question q : Question.<Question>list("quizSet", filter.set())) {
            options.put(q.id, List.copyOf(q.options));
            keys.put(q.id, q.answerIndex);
        }
        try (Stream<Object[]> rows = filter.bind(em.createQuery("select a.learnerName, a.startedAt, q.questionKey,"
                + " q.version, q.skill, q.prompt, r.choice, r.correct, r.answeredAt, q.id from Response r join r.attempt a"
                + " join r.question q where " + filter.where() + " order by a.startedAt, a.id, r.answeredAt",
                Object[].class)).setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            write(out, new String[] {"learner", "attempt_started", "question", "version", "skill", "prompt",
                    "choice", "chosen_option", "key_option", "correct", "answered"}, rows.map(r -> {
                        List<String> texts = options.get((Long) r[9]);
                        int choice = (Integer) r[6];
                        return new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], choice, texts.get(choice),
                                texts.get(keys.get((Long) r[9])), r[7], r[8]};
                    }));
        }
    }

    /** Rows under a header, each cell neutralised; also the small tables of the matching and written report. */
    static void write(OutputStream out, String[] header, Stream<Object[]> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
        try {
            rows.forEach(row -> {
                try {
                    Object[] cells = new Object[row.length];
                    for (int i = 0; i < row.length; i++) {
                        cells[i] = neutralise(row[i]);
                    }
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /** A text cell starting with = + - @ (or a tab or carriage return) gets a leading apostrophe. */
    static Object neutralise(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell == null ? "" : cell;
    }
}
