package dev.loopcoach.discord.command;

import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.discord.render.DiscordLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Autocomplete over the 16 Leadership Principles: exact names shown, slugs as values, filtered by what was
 * typed: names starting with it first, then names with a word starting with it, then any other match.
 */
public final class LpChoices {

    private LpChoices() {
    }

    public static List<Command.Choice> matching(String typed) {
        String wanted = normalize(typed == null ? "" : typed);
        List<Command.Choice> starts = new ArrayList<>();
        List<Command.Choice> wordStarts = new ArrayList<>();
        List<Command.Choice> contains = new ArrayList<>();
        for (LeadershipPrinciple lp : LeadershipPrinciple.all()) {
            String name = normalize(lp.displayName());
            Command.Choice choice = new Command.Choice(lp.displayName(), lp.slug());
            if (wanted.isEmpty() || name.startsWith(wanted)) {
                starts.add(choice);
            } else if ((" " + name).contains(" " + wanted)) {
                wordStarts.add(choice);
            } else if (name.contains(wanted) || lp.slug().contains(wanted.replace(' ', '-'))) {
                contains.add(choice);
            }
        }
        starts.addAll(wordStarts);
        starts.addAll(contains);
        return starts.size() > DiscordLimits.AUTOCOMPLETE_CHOICES ? starts.subList(0, DiscordLimits.AUTOCOMPLETE_CHOICES) : starts;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
