package dev.loopcoach.slack.web;

import dev.loopcoach.core.reply.Action;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.interaction.InteractionKeys;
import dev.loopcoach.slack.interaction.QuestionRef;
import dev.loopcoach.slack.render.MessageRenderer;
import dev.loopcoach.slack.render.RenderOptions;
import dev.loopcoach.slack.render.SlackLimits;
import dev.loopcoach.slack.render.SlackMessage;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a core reply and delivers it to a {@link ReplyTarget}, in as many messages as the limits
 * require. A direct message that Slack refuses falls back to the response_url; an ephemeral reply that
 * would need more posts than a response_url allows goes to the direct message instead.
 */
public final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);

    private final SlackWebApi web;
    private final MessageRenderer renderer;
    private final InteractionKeys keys;

    public ReplySender(SlackWebApi web, MessageRenderer renderer, InteractionKeys keys) {
        this.web = web;
        this.renderer = renderer;
        this.keys = keys;
    }

    public ReplyTarget send(ReplyTarget target, Reply reply) throws SlackCallException {
        return send(target, reply, List.of());
    }

    /** Sends the reply; returns the target actually used (e.g. the D... channel of a direct message). */
    public ReplyTarget send(ReplyTarget target, Reply reply, List<ButtonElement> extraButtons) throws SlackCallException {
        return send(target, reply, extraButtons, Optional.empty());
    }

    /** As above, naming {@code answerOf} (a Slack user id) as the person whose answer the reply judges. */
    public ReplyTarget send(ReplyTarget target, Reply coreReply, List<ButtonElement> extraButtons, Optional<String> answerOf)
            throws SlackCallException {
        // the core writes console commands; Slack has them under /coach
        Reply reply = dev.loopcoach.slack.command.SlackNames.RESPELLING.apply(coreReply);
        Optional<String> answerKey = answerKey(reply);
        if (target instanceof ReplyTarget.Conversation c) {
            List<SlackMessage> messages = renderer.render(reply, new RenderOptions(answerKey, c.direct(), extraButtons, answerOf));
            ReplyTarget used = post(c, messages);
            if (used instanceof ReplyTarget.Conversation posted) {
                pictures(posted, reply);
            }
            return used;
        }
        ReplyTarget.Ephemeral e = (ReplyTarget.Ephemeral) target;
        List<SlackMessage> messages = renderer.render(reply, new RenderOptions(answerKey, false, extraButtons));
        if (messages.size() >= SlackLimits.RESPONSE_URL_POSTS) {
            LOG.debug("Reply needs {} messages; sending it to the direct message instead", messages.size());
            ReplyTarget.Conversation dm = new ReplyTarget.Conversation(e.userId(), Optional.empty(), Optional.empty());
            ReplyTarget used = post(dm, renderer.render(reply, new RenderOptions(answerKey, true, extraButtons)));
            web.respond(e.responseUrl(), SlackMessage.text("That is a long one, so I sent it to our direct messages."), false);
            return used;
        }
        for (SlackMessage m : messages) {
            web.respond(e.responseUrl(), m, false);
        }
        return e;
    }

    /**
     * Privately to one member inside a conversation they are in (chat.postEphemeral), in as many messages as the limits
     * require; the buttons go on the last one.
     */
    public void sendEphemeralIn(String channel, String userId, Reply coreReply, List<ButtonElement> buttons)
            throws SlackCallException {
        Reply reply = dev.loopcoach.slack.command.SlackNames.RESPELLING.apply(coreReply);
        for (SlackMessage m : renderer.render(reply, new RenderOptions(Optional.empty(), false, buttons))) {
            web.postEphemeral(channel, userId, Optional.empty(), m);
        }
    }

    /** Replaces the message a button was on (through its response_url), e.g. to drop used buttons. */
    public void replaceOriginal(String responseUrl, Reply reply) throws SlackCallException {
        List<SlackMessage> messages = renderer.render(reply, RenderOptions.plain());
        web.respond(responseUrl, messages.get(0), true);
    }

    private ReplyTarget post(ReplyTarget.Conversation c, List<SlackMessage> messages) throws SlackCallException {
        String channel = c.channel();
        for (int i = 0; i < messages.size(); i++) {
            try {
                SlackWebApi.Posted posted = web.postMessage(channel, c.threadTs(), messages.get(i));
                channel = posted.channel();
            } catch (SlackCallException ex) {
                if (i == 0 && c.fallbackResponseUrl().isPresent()) {
                    LOG.warn("Could not post to {} ({}); answering through the response_url instead", channel, ex.error());
                    for (SlackMessage m : messages.subList(0, Math.min(messages.size(), SlackLimits.RESPONSE_URL_POSTS))) {
                        web.respond(c.fallbackResponseUrl().get(), m, false);
                    }
                    return new ReplyTarget.Ephemeral(c.fallbackResponseUrl().get(), c.channel());
                }
                throw ex;
            }
        }
        return new ReplyTarget.Conversation(channel, c.threadTs(), Optional.empty());
    }

    /**
     * The reply's pictures (the progress radar, the plan strip) and calendar files as files in the conversation, after its text. A failed upload costs only
     * the picture: the text with its caption is already there.
     */
    private void pictures(ReplyTarget.Conversation c, Reply reply) {
        for (Block b : reply.blocks()) {
            if (b instanceof Block.Image image) {
                try {
                    web.uploadImage(c.channel(), c.threadTs(), image.fileName(), image.png(), image.altText());
                } catch (SlackCallException e) {
                    LOG.warn("Could not upload {} to {}: {}", image.fileName(), c.channel(), e.error());
                }
            } else if (b instanceof Block.Attachment file && "text/calendar".equals(file.mediaType())) {
                // a calendar file is only useful as a file: it is uploaded, and the text shows it inline as well
                try {
                    web.uploadFile(c.channel(), c.threadTs(), file.fileName(), file.content(), file.summary());
                } catch (SlackCallException e) {
                    LOG.warn("Could not upload {} to {}: {}", file.fileName(), c.channel(), e.error());
                }
            }
        }
    }

    private Optional<String> answerKey(Reply reply) {
        if (!reply.actions().contains(Action.ANSWER)) {
            return Optional.empty();
        }
        Block.QuestionCard last = null;
        for (Block b : reply.blocks()) {
            if (b instanceof Block.QuestionCard q) {
                last = q;
            }
        }
        return last == null ? Optional.empty() : Optional.of(keys.put(new QuestionRef(last.label(), last.text())));
    }
}
