package dev.loopcoach.slack.daily;

import dev.loopcoach.core.reply.Reply;
import dev.loopcoach.slack.render.MessageRenderer;
import dev.loopcoach.slack.render.RenderOptions;
import dev.loopcoach.slack.render.SlackMessage;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.util.List;
import java.util.Optional;

/**
 * Posts a daily question as one channel message (Answer/Hint buttons make no sense in a channel: people
 * answer in the thread). If the rendering needs several messages, the rest go in the thread.
 */
public final class SlackDailyPublisher implements DailyPublisher {
    private final SlackWebApi web;
    private final MessageRenderer renderer;

    public SlackDailyPublisher(SlackWebApi web, MessageRenderer renderer) {
        this.web = web;
        this.renderer = renderer;
    }

    @Override
    public PostedQuestion post(String channelId, Reply question) {
        Reply withoutButtons = new Reply(question.kind(), question.blocks(), List.of());
        List<SlackMessage> messages = renderer.render(withoutButtons, RenderOptions.plain());
        try {
            SlackWebApi.Posted root = web.postMessage(channelId, Optional.empty(), messages.get(0));
            for (SlackMessage more : messages.subList(1, messages.size())) {
                web.postMessage(root.channel(), Optional.of(root.ts()), more);
            }
            return new PostedQuestion(root.channel(), root.ts());
        } catch (SlackCallException e) {
            throw new DailyPublishException(e.error(), e);
        }
    }
}
