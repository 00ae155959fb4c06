package dev.loopcoach.core.together;

import dev.loopcoach.core.bank.Level;
import dev.loopcoach.core.coaching.Coaching;
import dev.loopcoach.core.coaching.Vote;
import dev.loopcoach.core.lp.LeadershipPrinciple;
import dev.loopcoach.core.port.PeerMockStore.Offer;
import dev.loopcoach.core.port.PeerMockStore.Pair;
import dev.loopcoach.core.port.PeerMockStore.PeerVote;
import dev.loopcoach.core.port.PeerMockStore.Side;
import dev.loopcoach.core.port.PeerMockStore.Stage;
import dev.loopcoach.core.port.PeerMockStore.Window;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words of peer mock interviews. Names are plain text (never a mention); no one's history is shown to the other. */
final class PeerView {
    private PeerView() {
    }

    static Reply badRequest(String word) {
        return Reply.error("I didn't understand \"" + clip(word, 30) + "\". Use `/mockinterview peer [level] [when]`: level is "
                + Level.keys() + ", when is now, today or week; `/mockinterview peer cancel` takes you off the list.");
    }

    static Reply listed(Offer offer) {
        return Reply.info("You're on the list for a peer mock interview at " + offer.level().label() + " level, "
                + window(offer.window()) + ". Nobody else at that level is free right now; I'll message you privately as "
                + "soon as someone asks, and "
                + "you'll both accept before anything is shared. `/mockinterview peer cancel` takes you off the list.");
    }

    static Reply backOnList(Offer offer) {
        return Reply.info("You're back on the list for a peer mock at " + offer.level().label() + " level for the next day. "
                + "`/mockinterview peer cancel` takes you off it.");
    }

    static Reply withdrawn() {
        return Reply.info("You're off the peer mock list. `/mockinterview peer` puts you back on any time.");
    }

    static Reply notListed() {
        return Reply.info("You weren't on the peer mock list, so nothing changed. `/mockinterview peer [level] [when]` puts "
                + "you on it.");
    }

    static Reply alreadyPaired(Pair pair, UserKey user) {
        Side partner = pair.partnerOf(user);
        return Reply.info(pair.stage() == Stage.PROPOSED
                ? "You already have a peer mock proposal with " + name(partner) + " waiting for an answer. Accept or decline it "
                        + "first, or `/mockinterview peer cancel`."
                : "You're in a peer mock with " + name(partner) + " right now. Finish it in your private space, or "
                        + "`/mockinterview peer cancel` to end it.");
    }

    static Reply proposal(Pair pair, UserKey to) {
        Side partner = pair.partnerOf(to);
        boolean candidateFirst = pair.first().user().equals(to);
        return Reply.builder(Reply.Kind.INFO)
                .heading("Peer mock interview: a match")
                .paragraph(name(partner) + " also asked for a peer mock at " + pair.first().level().label() + " level. You'd "
                        + "take turns: " + (candidateFirst ? "you answer first and " + name(partner) + " interviews you, "
                        + "then you swap." : name(partner) + " answers first and you interview, then you swap.")
                        + " The interviewer gets a private kit with a question, what to listen for and a vote form.")
                .paragraph("Accept to open a private space for the two of you, or decline: nothing is shared until you "
                        + "both accept, and your history is never shown to your partner.")
                .build();
    }

    static Reply acceptedWaiting(Pair pair, UserKey user) {
        return Reply.info("Accepted. Waiting for " + name(pair.partnerOf(user)) + " to accept; I'll open your private space "
                + "when they do.");
    }

    static Reply bothAccepted(Pair pair, UserKey user) {
        return Reply.info("You're both in. I'm opening a private space for you and " + name(pair.partnerOf(user)) + ".");
    }

    static Reply intro(Pair pair) {
        return Reply.builder(Reply.Kind.INFO)
                .heading("Peer mock: " + name(pair.first()) + " and " + name(pair.second()))
                .paragraph("Round 1: " + name(pair.interviewer()) + " interviews, " + name(pair.candidate()) + " answers ("
                        + pair.candidate().level().label() + "). Talk in a call or voice channel, or type here.")
                .bullets("How a round works", steps(pair))
                .paragraph("Anyone can end this with Finish, or report a no-show if the other didn't come.")
                .build();
    }

    static Reply roundTwo(Pair pair) {
        return Reply.builder(Reply.Kind.INFO)
                .heading("Round 2: roles swapped")
                .paragraph(name(pair.interviewer()) + " interviews now and " + name(pair.candidate()) + " answers ("
                        + pair.candidate().level().label() + "). The kit has a new question.")
                .bullets("How a round works", steps(pair))
                .build();
    }

    private static List<String> steps(Pair pair) {
        return List.of(
                name(pair.interviewer()) + ": press Kit to see the question, what to listen for, red flags and probes "
                        + "(only you see it), then ask it.",
                name(pair.candidate()) + ": answer as you would in the loop. Afterwards you can press Paste answer to get "
                        + "the coach's vote on it.",
                name(pair.interviewer()) + ": press Vote to record a vote per principle with one line of evidence.",
                "Both of you see the votes side by side here, with the reasons. Then Swap roles.");
    }

    static Reply kit(Pair pair, PeerKit kit) {
        Reply.Builder b = Reply.builder(Reply.Kind.INFO)
                .heading("Your interviewer kit (round " + pair.round() + ", only you see this)")
                .block(new Block.QuestionCard(kit.question().id().value(), "Ask", kit.question().text(),
                        kit.principles().stream().map(LeadershipPrinciple::displayName).toList()));
        for (PeerKit.Principle p : kit.guides()) {
            b.bullets(p.lp().displayName() + ": listen for", p.listenFor());
            b.bullets(p.lp().displayName() + ": red flags", p.redFlags());
        }
        if (!kit.probes().isEmpty()) {
            b.bullets("Probes (and what each one is for)", kit.probes().stream()
                    .map(p -> p.text() + " (" + p.intent().asksFor() + ")").toList());
        }
        return b.paragraph("When the answer is done, press Vote: for each principle pick Strongly Inclined, Inclined, Not "
                        + "Inclined or Strongly Not Inclined, and write one line of evidence from what " + name(pair.candidate())
                        + " said. Judge the story against " + pair.candidate().level().label() + " scope.")
                .build();
    }

    static Reply candidateBrief(Pair pair, PeerKit kit) {
        return Reply.builder(Reply.Kind.INFO)
                .heading("You're the candidate this round")
                .paragraph(name(pair.interviewer()) + " will ask you one behavioral question at " + pair.candidate().level()
                        .label() + " level on " + kit.principles().size() + " principles, with follow-ups. Answer with one "
                        + "real story: your situation, your task, what you did, and the result in numbers.")
                .paragraph("Afterwards press Paste answer to get the coach's vote beside your interviewer's.")
                .build();
    }

    static Reply onlyInterviewerVotes(Pair pair) {
        return Reply.info("Only this round's interviewer (" + name(pair.interviewer()) + ") records votes. You can press "
                + "Paste answer to get the coach's vote on your answer.");
    }

    static Reply onlyCandidateAnswers(Pair pair) {
        return Reply.info("Only this round's candidate (" + name(pair.candidate()) + ") pastes an answer. You record your "
                + "votes with Vote.");
    }

    static Reply badVote(LeadershipPrinciple lp, String typed) {
        return Reply.error("For " + lp.displayName() + ", \"" + clip(typed, 30) + "\" isn't a vote. Use Strongly Inclined, "
                + "Inclined, Not Inclined or Strongly Not Inclined (or SI, I, NI, SNI). Nothing was recorded.");
    }

    static Reply needEvidence(LeadershipPrinciple lp) {
        return Reply.error("Add one line of evidence for " + lp.displayName() + ": what the candidate said that earned the "
                + "vote. Nothing was recorded.");
    }

    static Reply votesRecorded() {
        return Reply.info("Votes recorded. Both of you can see them in your private space.");
    }

    static Reply emptyAnswer() {
        return Reply.error("That answer was empty. Paste what you said (or a summary of it) and I'll vote on it.");
    }

    static Reply answerTaken() {
        return Reply.info("Got your answer. The coach's vote is in your private space, beside your interviewer's.");
    }

    static Reply comparison(Pair pair, PeerKit kit, List<PeerVote> human, Optional<Coaching> bot) {
        Reply.Builder b = Reply.builder(Reply.Kind.FEEDBACK)
                .heading("Round " + pair.round() + ": " + name(pair.candidate()) + "'s answer, " + name(pair.interviewer())
                        + "'s votes and the coach's");
        List<Block.Field> fields = new ArrayList<>();
        for (LeadershipPrinciple lp : kit.principles()) {
            String person = human.stream().filter(v -> v.lp() == lp).findFirst()
                    .map(v -> v.vote().label() + ": \"" + clip(v.evidence(), 200) + "\"").orElse("not voted yet");
            String coach = bot.map(c -> coachOn(c, lp)).orElse("waiting for the pasted answer");
            fields.add(new Block.Field(lp.displayName(), name(pair.interviewer()) + ": " + person + "\nCoach: " + coach));
        }
        b.fields(fields);
        bot.ifPresent(c -> b.paragraph("Coach's overall vote: " + c.overall().label() + "." + agreement(human, c)));
        if (bot.isEmpty()) {
            b.paragraph(name(pair.candidate()) + ": press Paste answer to add the coach's vote.");
        } else if (human.isEmpty()) {
            b.paragraph(name(pair.interviewer()) + ": press Vote to add yours.");
        }
        return b.build();
    }

    private static String coachOn(Coaching c, LeadershipPrinciple lp) {
        Vote v = c.votes().getOrDefault(lp, c.overall());
        List<String> quotes = c.evidence().getOrDefault(lp, List.of());
        return v.label() + (quotes.isEmpty() ? " (no sentence in the answer shows it)" : ": \"" + clip(quotes.get(0), 200) + "\"");
    }

    private static String agreement(List<PeerVote> human, Coaching c) {
        if (human.isEmpty()) {
            return "";
        }
        long same = human.stream().filter(v -> c.votes().getOrDefault(v.lp(), c.overall()) == v.vote()).count();
        return same == human.size() ? " You agree on every principle."
                : " You differ on " + (human.size() - same) + " of " + human.size() + ": talk it through, and check the "
                        + "evidence each side quotes.";
    }

    static Reply swapped() {
        return Reply.info("Roles swapped. The new round is in your private space.");
    }

    static Reply bothHadTurns() {
        return Reply.info("You've both had a turn. Press Finish when you're done, or ask for another peer mock later.");
    }

    static Reply changedMeanwhile() {
        return Reply.info("Your partner changed the round at the same moment. Look at your private space and try again.");
    }

    static Reply notYours() {
        return Reply.error("That peer mock isn't yours, or it no longer exists. Nothing was changed.");
    }

    static Reply noLongerOpen(Pair pair) {
        return Reply.info(switch (pair.stage()) {
            case ENDED -> "That peer mock has ended (" + pair.ended().orElse("finished") + "). `/mockinterview peer` finds a "
                    + "new partner.";
            case ACTIVE -> "That peer mock has already started; use the buttons in your private space.";
            case PROPOSED -> "That peer mock is still waiting for both of you to accept.";
        });
    }

    static Reply endedByYou(Pair pair, UserKey by, String why) {
        String partner = name(pair.partnerOf(by));
        return Reply.info(switch (why) {
            case "declined" -> "Declined. " + partner + " won't see why, and you're off the list.";
            case "no-show" -> "Thanks for letting me know. I've ended the mock with " + partner + ".";
            case "finished" -> "Peer mock finished. Thanks for practising together.";
            default -> "Cancelled the peer mock with " + partner + ". You're off the list.";
        });
    }

    static Reply endedByPartner(Pair pair, UserKey by, String why, boolean backOnList) {
        String partner = name(pair.sideOf(by));
        String what = switch (why) {
            case "declined" -> partner + " can't do this peer mock.";
            case "lapsed" -> "Your peer mock proposal with " + partner + " waited a day without both answers, so it has "
                    + "lapsed.";
            case "finished" -> partner + " finished your peer mock. Thanks for practising together.";
            default -> partner + " cancelled your peer mock.";
        };
        return Reply.info(what + (backOnList ? " You're still on the list, and I'll look for someone else." : ""));
    }

    static Reply markedNoShow(Pair pair, UserKey by) {
        return Reply.info(name(pair.sideOf(by)) + " couldn't find you for your peer mock, so it has ended. No harm done: "
                + "`/mockinterview peer` when you're free again.");
    }

    static Reply spaceClosed(Pair pair, UserKey by, String why) {
        return Reply.info(switch (why) {
            case "finished" -> "This peer mock is finished. Thanks, both of you.";
            case "no-show" -> name(pair.sideOf(by)) + " reported a no-show, so this peer mock has ended.";
            default -> name(pair.sideOf(by)) + " ended this peer mock.";
        });
    }

    private static String window(Window w) {
        return switch (w) {
            case NOW -> "within the hour";
            case TODAY -> "today";
            case WEEK -> "this week";
        };
    }

    static String name(Side side) {
        return side.name().isBlank() ? "your partner" : side.name();
    }

    private static String clip(String s, int max) {
        String t = s == null ? "" : s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
