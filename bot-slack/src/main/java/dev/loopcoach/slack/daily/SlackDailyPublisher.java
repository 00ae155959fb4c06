package dev.loopcoach.slack.daily;

import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.render.MessageRenderer;
import dev.loopcoach.slack.render.RenderOptions;
import dev.loopcoach.slack.render.SlackMessage;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a daily question as one channel message (Answer/Hint buttons make no sense in a channel: people
 * answer in the thread). If the rendering needs several messages, the rest go in the thread; once the first
 * message is out the post counts as made, even if a continuation fails.
 */
public final class SlackDailyPublisher implements DailyPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SlackDailyPublisher.class);

    private final SlackWebApi web;
    private final MessageRenderer renderer;

    public SlackDailyPublisher(SlackWebApi web, MessageRenderer renderer) {
        this.web = web;
        this.renderer = renderer;
    }

    @Override
    public PostedQuestion post(String channelId, Reply question) {
        return post(channelId, question, Optional.empty());
    }

    @Override
    public PostedQuestion post(String channelId, Reply question, String postKey) {
        return post(channelId, question, Optional.of(postKey));
    }

    @Override
    public Optional<String> find(String channelId, String postKey, java.time.Instant since) {
        try {
            return web.findDailyPost(channelId, postKey, since);
        } catch (SlackCallException e) {
            throw new DailyPublishException(e.error(), e.refused(), e);
        }
    }

    private PostedQuestion post(String channelId, Reply question, Optional<String> postKey) {
        Reply withoutButtons = new Reply(question.kind(), question.blocks(), List.of());
        List<SlackMessage> messages = renderer.render(withoutButtons, RenderOptions.plain());
        SlackWebApi.Posted root;
        try {
            root = web.postMessage(channelId, Optional.empty(), messages.get(0), postKey);
        } catch (SlackCallException e) {
            throw new DailyPublishException(e.error(), e.refused(), e);
        }
        for (SlackMessage more : messages.subList(1, messages.size())) {
            try {
                web.postMessage(root.channel(), Optional.of(root.ts()), more);
            } catch (SlackCallException e) {
                LOG.warn("Daily question posted in {} as {}, but its continuation failed: {}", root.channel(), root.ts(), e.error());
                break;
            }
        }
        return new PostedQuestion(root.channel(), root.ts());
    }
}
