package dev.loopcoach.discord.command;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The type / level / lp options shared by /mockinterview and /coach question, and their parsing. */
final class InterviewOptions {
    static final String TYPE = "type";
    static final String LEVEL = "level";
    static final String LP = "lp";
    static final String LOOP = "loop";

    private InterviewOptions() {
    }

    static OptionData type(boolean withLoop) {
        OptionData o = new OptionData(OptionType.STRING, TYPE, "Kind of interview (default: behavioral, Leadership Principles)");
        for (Category c : Category.values()) {
            o.addChoice(c.label(), c.key());
        }
        if (withLoop) {
            o.addChoice("Full loop (screens, writing, five interviewers, debrief)", LOOP);
        }
        return o;
    }

    static OptionData level() {
        OptionData o = new OptionData(OptionType.STRING, LEVEL, "Your target level (leave empty for this coach's default, set by its operator)");
        for (Level l : Level.values()) {
            o.addChoice(l.label(), l.key());
        }
        return o;
    }

    static OptionData lp() {
        return new OptionData(OptionType.STRING, LP, "Focus on one Leadership Principle (start typing a name)")
                .setAutoComplete(true)
                .setMaxLength(100);
    }

    static Optional<String> string(SlashCommandInteractionEvent event, String name) {
        OptionMapping m = event.getOption(name);
        if (m == null) {
            return Optional.empty();
        }
        String v = m.getAsString().strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Parsed options, or the message explaining which one was not understood. */
    record Parsed(Optional<String> typeKey, Optional<Category> type, Optional<Level> level,
            Optional<LeadershipPrinciple> lp, Optional<String> problem) {

        boolean isLoop() {
            return typeKey.filter(LOOP::equals).isPresent();
        }
    }

    static Parsed parse(SlashCommandInteractionEvent event, boolean withLoop) {
        Optional<String> typeKey = string(event, TYPE);
        Optional<Category> type = Optional.empty();
        if (typeKey.isPresent() && !(withLoop && LOOP.equals(typeKey.get()))) {
            type = Category.parse(typeKey.get());
            if (type.isEmpty()) {
                return problem("I don't know the interview type '" + typeKey.get() + "'. Pick one of: "
                        + Category.keys() + (withLoop ? ", loop" : "") + ".");
            }
        }
        Optional<String> levelKey = string(event, LEVEL);
        Optional<Level> level = levelKey.flatMap(Level::parse);
        if (levelKey.isPresent() && level.isEmpty()) {
            return problem("I don't know the level '" + levelKey.get() + "'. Pick one of: " + Level.keys() + ".");
        }
        Optional<String> lpText = string(event, LP);
        Optional<LeadershipPrinciple> lp = lpText.flatMap(LeadershipPrinciple::parse);
        if (lpText.isPresent() && lp.isEmpty()) {
            return problem("I don't know the Leadership Principle '" + lpText.get()
                    + "'. Start typing a name in the lp option and pick one from the list.");
        }
        return new Parsed(typeKey, type, level, lp, Optional.empty());
    }

    private static Parsed problem(String message) {
        return new Parsed(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(message));
    }
}
