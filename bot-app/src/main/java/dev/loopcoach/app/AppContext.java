package dev.loopcoach.app;

import dev.loopcoach.app.config.AppConfig;
import dev.loopcoach.app.config.ConfigLoader;
import dev.loopcoach.core.Coach;
import dev.loopcoach.core.CoachDeps;
import dev.loopcoach.core.bank.BankLoader;
import dev.loopcoach.core.bank.QuestionBank;
import dev.loopcoach.core.coaching.AnswerCoach;
import dev.loopcoach.core.coaching.BarRaiserCoach;
import dev.loopcoach.core.coaching.CuePrincipleTagger;
import dev.loopcoach.core.coaching.PrincipleTagger;
import dev.loopcoach.core.loop.LoopFeatures;
import dev.loopcoach.core.port.Clock;
import dev.loopcoach.storage.DatabaseConfig;
import dev.loopcoach.storage.Storage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Builds the pieces of a running coach from configuration: bank, storage, analysis and the Coach itself. */
public final class AppContext implements AutoCloseable {
    private final AppConfig config;
    private final Map<String, String> env;
    private final Optional<Long> seed;
    // each part is built once, under its own lock, so warmUp() can build them side by side
    private final Part<QuestionBank> bank = new Part<>(() -> new BankLoader().load(config().bank().customPacks()));
    private final Part<Storage> storage = new Part<>(this::openStorage);
    private final Part<Coach> coach = new Part<>(this::buildCoach);
    private final Part<BarRaiserCoach> answerCoach =
            new Part<>(() -> BarRaiserCoach.standard(config().interview().defaultLevel()));
    private final Part<PrincipleTagger> principles = new Part<>(() -> new CuePrincipleTagger(answerCoach().tagger()));
    private final AnswerCoach answers = new LazyAnswerCoach(this::answerCoach);
    private volatile boolean closed;

    /** A part built on first use by whichever thread asks first; the others wait for it. A failed build is tried again. */
    private static final class Part<T> {
        private final java.util.function.Supplier<T> build;
        private volatile T value;

        Part(java.util.function.Supplier<T> build) {
            this.build = build;
        }

        T get() {
            T v = value;
            if (v != null) {
                return v;
            }
            synchronized (this) {
                if (value == null) {
                    value = build.get();
                }
                return value;
            }
        }

        /** The part if built, without building it; the caller holds the part's lock to keep it from being built meanwhile. */
        T built() {
            return value;
        }
    }

    private AppContext(AppConfig config, Map<String, String> env, Optional<Long> seed) {
        this.config = config;
        this.env = env;
        this.seed = seed;
    }

    public static AppContext load(Optional<String> configOption, Optional<Long> seed, Map<String, String> env) {
        return of(loadConfig(configOption, env), seed, env);
    }

    /** The configuration alone (the file named, COACH_CONFIG, or config/coach.yaml), with the environment applied. */
    public static AppConfig loadConfig(Optional<String> configOption, Map<String, String> env) {
        Path home = Path.of(System.getProperty("coach.home", ".")).toAbsolutePath().normalize();
        String chosen = configOption.orElse(env.get("COACH_CONFIG"));
        Path file = chosen == null || chosen.isBlank() ? home.resolve("config/coach.yaml") : Path.of(chosen);
        return new ConfigLoader(home, env).load(file, chosen != null && !chosen.isBlank());
    }

    /** A context on a configuration already loaded; the store opens when first used. */
    public static AppContext of(AppConfig config, Optional<Long> seed, Map<String, String> env) {
        return new AppContext(config, env, seed);
    }

    public AppConfig config() {
        return config;
    }

    public Map<String, String> env() {
        return env;
    }

    /**
     * Starts building the question bank, the analysis tables and the store on threads of their own, so a start-up
     * waits for the slowest of them instead of their sum (they share nothing). Whoever asks for a part first waits for
     * it; a part that fails here is simply built again by the caller, who then sees the failure.
     */
    public AppContext warmUp() {
        warmUpForPlatform();
        warmUpAnalysis();
        return this;
    }

    /**
     * For a bot: the question bank and the store only, which a bot needs before it takes requests. The analysis tables
     * (a second or more of CPU) would compete with them on a small machine; a bot builds them with
     * {@link #warmUpAnalysis()} once it listens, and an answer that comes sooner waits for them.
     */
    public AppContext warmUpForPlatform() {
        // logging is set up first, here: loggers asked for by two threads while it is being set up would make SLF4J
        // print a warning about replayed calls
        org.slf4j.LoggerFactory.getILoggerFactory();
        warm("bank", this::bank);
        if (!closed) {
            warm("storage", this::storage);
        }
        return this;
    }

    /** Starts building the answer coach's analysis tables on a thread of their own. */
    public AppContext warmUpAnalysis() {
        warm("analysis", principles::get);
        return this;
    }

    private static void warm(String what, Runnable part) {
        Thread t = new Thread(() -> {
            try {
                part.run();
            } catch (RuntimeException | LinkageError e) {
                // the caller that needs this part builds it again and reports the failure itself
            }
        }, "warm-up-" + what);
        t.setDaemon(true);
        t.start();
    }

    public QuestionBank bank() {
        return bank.get();
    }

    public Storage storage() {
        return storage.get();
    }

    private Storage openStorage() {
        if (closed) {
            throw new IllegalStateException("the coach is shutting down");
        }
        AppConfig.Storage s = config.storage();
        DatabaseConfig db = s.embedded()
                ? DatabaseConfig.h2File(s.dataDir()).withPoolSize(s.poolSize())
                : new DatabaseConfig(s.dbUrl(), s.dbUser(), env.get("COACH_DB_PASSWORD"), s.poolSize(), null);
        try {
            return Storage.open(db);
        } catch (RuntimeException e) {
            String why = rootMessage(e);
            String hint = why.contains("No space left") || why.contains("not enough space")
                    ? ". The disk holding " + (s.embedded() ? s.dataDir() : "the database") + " is full: free some space "
                    + "(nothing stored so far is lost) or set COACH_DATA_DIR to another disk."
                    : s.embedded() ? ". Is another Loop Coach using " + s.dataDir() + "? Stop it or set COACH_DATA_DIR."
                    : ". Check COACH_DB_URL, COACH_DB_USER and COACH_DB_PASSWORD.";
            throw new StartupException("cannot open the database " + db.url() + ": " + why + hint, e);
        }
    }

    public Coach coach() {
        return coach.get();
    }

    private Coach buildCoach() {
        Storage st = storage();
        PrincipleTagger tagger = (text, max) -> principles.get().strongest(text, max);
        Random random = seed.map(Random::new).orElseGet(Random::new);
        CoachDeps deps = new CoachDeps(bank(), answers(), tagger, st.sessions(), st.practice(), st.stories(),
                st.privacy(), st.prefs(), Clock.system(), random, config.interview(),
                dev.loopcoach.core.together.CoachView.weekFocus(st.practiceBoard(), st.channelSettings(), Clock.system()));
        return new Coach(deps, LoopFeatures.extensions(deps));
    }

    public BarRaiserCoach answerCoach() {
        return answerCoach.get();
    }

    /** Whether the answer coach's analysis tables are built yet. */
    boolean analysisBuilt() {
        return answerCoach.built() != null;
    }

    /** The answer coach, built on its first use (see {@link LazyAnswerCoach}). */
    public AnswerCoach answers() {
        return answers;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        synchronized (storage) { // a store still opening in the warm-up is closed too, not left behind
            if (storage.built() != null) {
                storage.built().close();
            }
        }
    }
}
