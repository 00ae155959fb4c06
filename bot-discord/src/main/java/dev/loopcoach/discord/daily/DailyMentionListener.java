package dev.loopcoach.discord.daily;

import dev.loopcoach.core.daily.ThreadCoach;
import dev.loopcoach.core.daily.ThreadMessage;
import dev.loopcoach.core.port.UserKey;
import dev.loopcoach.core.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers given as a thread message that mentions the bot. Discord delivers the text of such messages without
 * the privileged Message Content intent (the non-privileged Guild Messages intent brings the events); every other
 * message arrives without text and is ignored here. The reply goes into the same thread, as a reply to the
 * person's message that does not ping them.
 */
public final class DailyMentionListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DailyMentionListener.class);

    private final ThreadCoach coach;
    private final Executor executor;
    private final DailyMessages messages = new DailyMessages();

    public DailyMentionListener(ThreadCoach coach, Executor executor) {
        this.coach = coach;
        this.executor = executor;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!event.isFromGuild() || !event.getChannelType().isThread() || event.isWebhookMessage()) {
            return;
        }
        User author = event.getAuthor();
        User self = event.getJDA().getSelfUser();
        Message message = event.getMessage();
        if (author.isBot() || author.isSystem() || !message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            return;
        }
        ThreadChannel thread = event.getChannel().asThreadChannel();
        String parentId = thread.getParentChannel().getId();
        String text = Pattern.compile("<@!?" + self.getId() + ">").matcher(message.getContentRaw()).replaceAll(" ").strip();
        ThreadMessage m = new ThreadMessage(DiscordDaily.channel(event.getGuild().getId(), parentId), thread.getId(),
                message.getId(), new UserKey(DiscordDaily.PLATFORM, author.getId()), text);
        log.debug("daily thread message {} from user {} in thread {}", message.getId(), author.getId(), thread.getId());
        try {
            executor.execute(() -> answer(thread, m));
        } catch (RejectedExecutionException e) {
            log.warn("worker queue full; thread message {} not coached", message.getId());
        }
    }

    private void answer(ThreadChannel thread, ThreadMessage m) {
        try {
            Optional<Reply> reply = coach.onReply(m);
            if (reply.isEmpty()) {
                return;
            }
            DailyComponent.FollowUp followUp = new DailyComponent.FollowUp(m.channel().channelId(), m.threadRef(), m.user().userId());
            if (reply.get().kind() == Reply.Kind.FEEDBACK && coach.feedbackPrivately(m)) {
                // the message stays public in the thread; the verdict goes to the person's DM
                var dm = thread.getJDA().retrieveUserById(m.user().userId()).complete().openPrivateChannel().complete();
                for (MessageCreateData part : messages.privateCoaching(reply.get(), followUp)) {
                    dm.sendMessage(part).complete();
                }
                return;
            }
            List<MessageCreateData> parts = reply.get().kind() == Reply.Kind.FEEDBACK
                    ? messages.coaching(reply.get(), "", "", followUp)
                    : messages.note(reply.get(), List.of());
            for (int i = 0; i < parts.size(); i++) {
                var send = thread.sendMessage(parts.get(i));
                if (i == 0) {
                    send = send.setMessageReference(m.messageRef()).failOnInvalidReply(false);
                }
                send.complete();
            }
        } catch (RuntimeException e) {
            log.error("coaching thread message {} in {} failed", m.messageRef(), m.threadRef(), e);
        }
    }
}
