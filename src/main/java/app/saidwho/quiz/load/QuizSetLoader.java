package app.saidwho.quiz.load;

import app.saidwho.config.SaidWhoConfig;
import app.saidwho.quiz.file.FileHash;
import app.saidwho.quiz.file.QuizFileException;
import app.saidwho.quiz.file.QuizFileProblem;
import app.saidwho.quiz.file.QuizSetFile;
import app.saidwho.quiz.file.QuizSetFileParser;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/** Loads every quiz-set file of the quizzes folder at start; a broken file is logged and skipped. */
@ApplicationScoped
public class QuizSetLoader {
    private static final Logger LOG = Logger.getLogger(QuizSetLoader.class);

    /** What loading one file came to: the outcome, or the problems that made it skip the file. */
    public record FileResult(String fileName, QuizSetImporter.Outcome outcome, List<QuizFileProblem> problems) {
        public boolean loaded() {
            return outcome != null;
        }
    }

    private final QuizSetImporter importer;
    private final QuizSetFileParser parser = new QuizSetFileParser();
    private final Path folder;

    QuizSetLoader(QuizSetImporter importer, SaidWhoConfig config) {
        this.importer = importer;
        this.folder = config.quizzes().dir();
    }

    void onStart(@Observes StartupEvent event) {
        List<FileResult> results = loadFolder(folder);
        long loaded = results.stream().filter(FileResult::loaded).count();
        LOG.infof("Quiz sets: %d file(s) in %s, %d loaded, %d skipped", results.size(), folder.toAbsolutePath(),
                loaded, results.size() - loaded);
    }

    public List<FileResult> loadFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Quiz-set folder %s does not exist: no quiz sets loaded", dir.toAbsolutePath());
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            LOG.errorf("Cannot list quiz-set folder %s: %s", dir.toAbsolutePath(), e.getMessage());
            return List.of();
        }
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(loadFile(file));
        }
        return results;
    }

    public FileResult loadFile(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String hash = FileHash.sha256(bytes);
            if (importer.isUnchanged(name, hash)) {
                // Loaded before from these very bytes: nothing to parse, check or store.
                LOG.debugf("Quiz-set file %s: unchanged", name);
                return new FileResult(name, QuizSetImporter.Outcome.UNCHANGED, List.of());
            }
            QuizSetFile parsed = parser.parse(name, decodeUtf8(name, bytes));
            QuizSetImporter.Outcome outcome = importer.importFile(parsed, name, hash);
            LOG.infof("Quiz-set file %s: %s", name, outcome.name().toLowerCase());
            return new FileResult(name, outcome, List.of());
        } catch (QuizFileException e) {
            e.problems().forEach(p -> LOG.errorf("Skipped quiz-set file %s: %s", file, p));
            return new FileResult(name, null, e.problems());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Skipped quiz-set file %s: it could not be stored", file);
            return new FileResult(name, null, List.of(new QuizFileProblem(0, String.valueOf(e.getMessage()))));
        }
    }

    private static String decodeUtf8(String name, byte[] bytes) throws QuizFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new QuizFileException(name, List.of(new QuizFileProblem(0, "the file is not UTF-8 text")));
        }
    }
}
