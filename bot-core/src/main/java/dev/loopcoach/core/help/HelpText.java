package dev.loopcoach.core.help;

import dev.loopcoach.core.bank.Category;
import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/** Help, built from the verbs a surface offers in that surface's spelling: no surface names a command it lacks. */
public final class HelpText {
    private static final List<Verb> PRACTISE = List.of(Verb.MOCK_INTERVIEW, Verb.LOOP, Verb.WRITING, Verb.QUESTION,
            Verb.QUESTION_BY_ID, Verb.WHILE_ANSWERING, Verb.HAND_IN);
    private static final List<Verb> LEARN = List.of(Verb.LP, Verb.HANDBOOK);
    private static final List<Verb> TRACK = List.of(Verb.PLAN, Verb.DRILL, Verb.PROGRESS, Verb.HISTORY, Verb.STORIES, Verb.STORY_ADD, Verb.STORY_SAVE, Verb.STORY_BULLETS,
            Verb.VERDICTS, Verb.TIME_ZONE, Verb.EXPORT, Verb.DELETE);

    private HelpText() {
    }

    public static Reply reply(CommandNames names) {
        Reply.Builder b = Reply.builder(Reply.Kind.INFO).heading("Loop Coach: practise Amazon PM interviews");
        section(b, "Practise", PRACTISE, names);
        section(b, "Learn", LEARN, names);
        section(b, "Track", TRACK, names);
        return b.paragraph("Types: " + Category.keys() + ". Levels: " + Level.keys()
                        + ". Principles by name or a part of it, e.g. \"dive deep\", \"backbone\".")
                .build();
    }

    private static void section(Reply.Builder b, String title, List<Verb> verbs, CommandNames names) {
        List<String> lines = new ArrayList<>();
        for (Verb v : verbs) {
            names.spell(v).ifPresent(spelled -> lines.add(spelled + ": " + v.description()));
        }
        if (!lines.isEmpty()) {
            b.bullets(title, lines);
        }
    }
}
