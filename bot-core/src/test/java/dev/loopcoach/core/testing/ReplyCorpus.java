package dev.loopcoach.core.testing;

import dev.loopcoach.core.Coach;
import dev.loopcoach.core.command.CoachCommand;
import dev.loopcoach.core.command.ParseResult;
import dev.loopcoach.core.command.TextCommandParser;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of reply the core gives, produced by a real coach over in-memory stores from a script of console lines: help
 * and the handbook, each practice mode from start to summary (interview, loop, writing with its parts and hand-in), the
 * controls, progress, history, stories, drills, the plan, settings, data export and deletion, and the input problems
 * (unknown commands, ids and options). Surfaces respell it and check that every command it names is one they have.
 */
public final class ReplyCorpus {
    private static final String STORY = "Last year our checkout lost 12% of mobile buyers at the address step. I owned "
            + "checkout, so I pulled the funnel myself, found the postcode check rejected spaces, wrote the fix with our "
            + "engineer and tested it on five phones. Completion rose from 71% to 83% within three weeks.";
    /** A console line, or an answer when it does not start with "/". */
    private static final List<String> SCRIPT = List.of(
            "/help", "/help interview", "/lp", "/lp dive deep", "/lp nonsense", "/process", "/levels", "/star", "/tips",
            "/tips resume", "/tips offer", "/tips nonsense", "/progress", "/history", "/stories", "/drill", "/plan",
            "/verdicts", "/timezone", "/timezone Mars/Olympus", "/timezone Europe/Berlin",
            "/question", STORY, "/hint", "/repeat", "/skip", "/end", "/resume",
            "/mockinterview", "/hint", STORY, STORY, "/repeat", "/skip", "/end",
            "/mockinterview behavioral senior dive deep", STORY, "/end",
            "/question mx-01", STORY, "/question zz-99", "/question banana", "/mockinterview banana",
            "/story add Checkout fix | " + STORY, "/story save Postcodes", "/story bullets Cut checkout drop-off 12% by fixing postcodes",
            "/stories", "/drill", "/drill 1", "/history", "/progress",
            "/plan 2027-03-01 senior", "/plan", "/plan ics", "/plan remind 08:30", "/plan remind off", "/plan off", "/plan yesterday",
            "/verdicts private", "/verdicts public",
            "/mockinterview writing", "I would start with the customer's problem: returns take too long.",
            "Second part: we cut the steps from six to two.", "/done",
            "/mockinterview loop senior", STORY, "/skip", "/skip", "/end",
            "/done", "/answer", "/frobnicate", "/mydata export", "/mydata delete", "/mydata nonsense",
            "just a sentence with no command", "/coach", "/resume");

    private ReplyCorpus() {
    }

    /** The replies to the script, in order, with the line that produced each. */
    public static Map<String, Reply> collect() {
        InMemoryStores stores = new InMemoryStores();
        dev.loopcoach.core.CoachDeps deps = new dev.loopcoach.core.CoachDeps(RealCoach.builtInBank(), RealCoach.barRaiser(),
                RealCoach.tagger(), stores.sessions(), stores.practice(), stores.stories(), stores.privacy(), stores.prefs(),
                dev.loopcoach.core.port.Clock.system(), new java.util.Random(42), dev.loopcoach.core.CoachSettings.defaults());
        Coach coach = new Coach(deps, dev.loopcoach.core.loop.LoopFeatures.extensions(deps));
        TextCommandParser parser = TextCommandParser.forBank(RealCoach.builtInBank());
        UserKey user = new UserKey("console", "corpus");
        Map<String, Reply> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : SCRIPT) {
            CoachCommand command;
            if (line.startsWith("/")) {
                ParseResult parsed = parser.parse(line);
                if (parsed instanceof ParseResult.Invalid invalid) {
                    out.put(++n + " " + line, Reply.error(invalid.message()));
                    continue;
                }
                command = ((ParseResult.Parsed) parsed).command();
            } else {
                command = new CoachCommand.SubmitAnswer(line);
            }
            out.put(++n + " " + line, coach.handle(user, command));
        }
        return out;
    }

    private static final Pattern NAMED = Pattern.compile("(?<![\\w/.:<])/([a-z][a-z-]*)(?: ([a-z][a-z-]*))?");

    /** Whether {@code command} only echoes what the person typed on {@code key}'s line ("I don't know /frobnicate"). */
    public static boolean echoes(String key, String command) {
        String typed = key.substring(key.indexOf(' ') + 1);
        return typed.startsWith(command.split(" ")[0]);
    }

    /** Every command a text names, as "/name" or "/name sub" (the word after, when there is one). */
    public static List<String> namedCommands(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            out.add(m.group(2) == null ? "/" + m.group(1) : "/" + m.group(1) + " " + m.group(2));
        }
        return out;
    }
}
