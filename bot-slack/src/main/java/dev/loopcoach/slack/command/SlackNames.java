package dev.loopcoach.slack.command;

import dev.loopcoach.core.help.CommandNames;
import dev.loopcoach.core.help.Verb;
import java.util.Optional;

/** How Slack spells each verb: /mockinterview, and every other command as a /coach subcommand (or a button). */
public final class SlackNames implements CommandNames {
    /** The console commands in the core's text, as Slack has them: under /coach (only /mockinterview stands alone). */
    public static final dev.loopcoach.core.help.Respelling RESPELLING = new dev.loopcoach.core.help.Respelling(respellings());

    private static java.util.Map<String, String> respellings() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String c : java.util.List.of("help", "resume", "question", "lp", "progress", "stories", "story add", "story save",
                "story bullets", "mydata export", "mydata delete", "process", "levels", "star", "tips", "history", "timezone", "plan", "plan remind", "verdicts", "drill",
                "repeat", "hint", "skip", "end", "done", "submit")) {
            m.put(c, "/coach " + c);
        }
        return m;
    }

    @Override
    public Optional<String> spell(Verb verb) {
        if (verb == Verb.WHILE_ANSWERING) {
            return Optional.of("the buttons, or /coach hint, /coach skip, /coach repeat, /coach end, /coach resume");
        }
        if (verb == Verb.HAND_IN) {
            return Optional.of("the Hand in button, or /coach done, or just done typed in our DM");
        }
        if (verb == Verb.SHARE) {
            return Optional.of("/coach share on|off");
        }
        if (verb == Verb.GUESSING) {
            return Optional.of("/coach guessing");
        }
        if (verb == Verb.BOARD) {
            return Optional.of("/coach leaderboard, /coach leaderboard join, /coach leaderboard leave");
        }
        return CONSOLE.spell(verb).map(SlackNames::underCoach);
    }

    /** "/lp [name]" becomes "/coach lp [name]"; /mockinterview is a command of its own. */
    private static String underCoach(String console) {
        StringBuilder out = new StringBuilder();
        for (String part : console.split(", ")) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append(part.startsWith("/mockinterview") ? part : "/coach " + part.substring(1));
        }
        return out.toString();
    }
}
