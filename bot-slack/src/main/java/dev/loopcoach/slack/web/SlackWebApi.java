package dev.loopcoach.slack.web;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.User;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import dev.loopcoach.slack.render.SlackMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the bot makes, with the bot token kept inside. Every call honours HTTP 429 and its
 * {@code Retry-After} (see {@link RateLimitPolicy}), and {@code ok:false} becomes a
 * {@link SlackCallException} carrying Slack's error code. Messages are sent with link_names off and
 * unfurling off, so nothing we post can notify a channel.
 */
public final class SlackWebApi {
    private static final Logger LOG = LoggerFactory.getLogger(SlackWebApi.class);

    private final Slack slack;
    private final String botToken;
    private final RateLimitPolicy rateLimits;
    private final Gson gson;

    public SlackWebApi(Slack slack, String botToken, RateLimitPolicy rateLimits) {
        this.slack = slack;
        this.botToken = botToken;
        this.rateLimits = rateLimits;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    public Slack slack() {
        return slack;
    }

    /** Posts a message (in a thread when {@code threadTs} is set); returns the channel and ts Slack assigned. */
    public Posted postMessage(String channel, Optional<String> threadTs, SlackMessage message) throws SlackCallException {
        return postMessage(channel, threadTs, message, Optional.empty());
    }

    /** The message metadata event type that marks a daily post; its payload holds the post's key. */
    public static final String DAILY_EVENT = "loop_coach_daily_post";
    static final String POST_KEY = "post_key";

    /** As above, with the daily post's key in the message metadata, so {@link #findDailyPost} can find it later. */
    public Posted postMessage(String channel, Optional<String> threadTs, SlackMessage message, Optional<String> postKey)
            throws SlackCallException {
        com.slack.api.model.Message.Metadata metadata = postKey.map(k -> com.slack.api.model.Message.Metadata.builder()
                .eventType(DAILY_EVENT).eventPayload(java.util.Map.of(POST_KEY, k)).build()).orElse(null);
        com.slack.api.methods.request.chat.ChatPostMessageRequest request =
                com.slack.api.methods.request.chat.ChatPostMessageRequest.builder()
                        .channel(channel)
                        .metadata(metadata)
                        .threadTs(threadTs.orElse(null))
                        .text(message.fallbackText())
                        .blocks(message.blocks())
                        .linkNames(false)
                        .mrkdwn(true)
                        .unfurlLinks(false)
                        .unfurlMedia(false)
                        .build();
        ChatPostMessageResponse r = call("chat.postMessage", m -> lean("chat.postMessage",
                com.slack.api.methods.RequestFormBuilder.toForm(request), ChatPostMessageResponse.class), true);
        return new Posted(r.getChannel() == null ? channel : r.getChannel(), r.getTs());
    }

    /**
     * Uploads a picture into a conversation (files.getUploadURLExternal, the upload, files.completeUploadExternal), with
     * its alt text for screen readers. Needs the {@code files:write} scope.
     */
    public void uploadImage(String channel, Optional<String> threadTs, String fileName, byte[] png, String altText)
            throws SlackCallException {
        call("files.uploadV2", m -> m.filesUploadV2(b -> b.channel(channel).threadTs(threadTs.orElse(null))
                .fileData(png).filename(fileName).title(altText).altTxt(altText).requestFileInfo(false)), true);
    }

    /**
     * Uploads a picture into no conversation, for an image block of an app surface (the App Home): the file stays the
     * bot's own, which is what Block Kit's {@code slack_file} needs. Returns the file's id.
     */
    public String uploadPrivateImage(String fileName, byte[] png, String altText) throws SlackCallException {
        com.slack.api.methods.response.files.FilesUploadV2Response r = call("files.uploadV2", m -> m.filesUploadV2(b -> b
                .fileData(png).filename(fileName).title(altText).altTxt(altText).requestFileInfo(false)), true);
        if (r.getCompleteResponse() != null && r.getCompleteResponse().getFiles() != null
                && !r.getCompleteResponse().getFiles().isEmpty()) {
            return r.getCompleteResponse().getFiles().get(0).getId();
        }
        if (r.getGetURLResponses() != null && !r.getGetURLResponses().isEmpty()) {
            return r.getGetURLResponses().get(0).getFileId();
        }
        throw new SlackCallException("files.uploadV2", "no file id in the response", null);
    }

    /** A message only {@code user} sees, in a channel (and thread) they are in. */
    public void postEphemeral(String channel, String user, Optional<String> threadTs, String text) throws SlackCallException {
        call("chat.postEphemeral", m -> m.chatPostEphemeral(b -> b.channel(channel).user(user).threadTs(threadTs.orElse(null))
                .text(dev.loopcoach.slack.render.Mrkdwn.escape(text))), true);
    }

    /** As above, with blocks (and their fallback text), e.g. a private kit with its buttons. */
    public void postEphemeral(String channel, String user, Optional<String> threadTs, SlackMessage message)
            throws SlackCallException {
        com.slack.api.methods.request.chat.ChatPostEphemeralRequest request =
                com.slack.api.methods.request.chat.ChatPostEphemeralRequest.builder().channel(channel).user(user)
                        .threadTs(threadTs.orElse(null)).text(message.fallbackText()).blocks(message.blocks()).linkNames(false)
                        .build();
        call("chat.postEphemeral", m -> lean("chat.postEphemeral", com.slack.api.methods.RequestFormBuilder.toForm(request),
                com.slack.api.methods.response.chat.ChatPostEphemeralResponse.class), true);
    }

    /**
     * Opens (or finds) the group conversation of the bot with these members (conversations.open; scope
     * {@code mpim:write}) and returns its id.
     */
    public String openConversation(List<String> users) throws SlackCallException {
        ConversationsOpenResponse r = call("conversations.open",
                m -> m.conversationsOpen(b -> b.users(users)), true);
        if (r.getChannel() == null || r.getChannel().getId() == null) {
            throw new SlackCallException("conversations.open", "no channel in the response", null);
        }
        return r.getChannel().getId();
    }

    /** Deletes a file the bot uploaded (a picture the App Home no longer shows). */
    public void deleteFile(String fileId) throws SlackCallException {
        call("files.delete", m -> m.filesDelete(b -> b.file(fileId)), true);
    }

    /** Uploads a file (a calendar file) into a conversation, the same way as a picture but without alt text. */
    public void uploadFile(String channel, Optional<String> threadTs, String fileName, byte[] content, String title)
            throws SlackCallException {
        call("files.uploadV2", m -> m.filesUploadV2(b -> b.channel(channel).threadTs(threadTs.orElse(null))
                .fileData(content).filename(fileName).title(title).requestFileInfo(false)), true);
    }

    /**
     * The ts of the message in {@code channel}, posted since {@code since}, whose metadata carries {@code postKey};
     * empty when the channel's recent history holds none (conversations.history, newest 200, metadata included).
     */
    public Optional<String> findDailyPost(String channel, String postKey, java.time.Instant since) throws SlackCallException {
        String oldest = since.getEpochSecond() + "." + String.format("%06d", since.getNano() / 1000);
        com.slack.api.methods.response.conversations.ConversationsHistoryResponse r = call("conversations.history",
                m -> m.conversationsHistory(b -> b.channel(channel).oldest(oldest).includeAllMetadata(true).limit(200)), true);
        if (r.getMessages() == null) {
            return Optional.empty();
        }
        return r.getMessages().stream()
                .filter(msg -> msg.getMetadata() != null && DAILY_EVENT.equals(msg.getMetadata().getEventType())
                        && msg.getMetadata().getEventPayload() != null
                        && postKey.equals(String.valueOf(msg.getMetadata().getEventPayload().get(POST_KEY))))
                .map(com.slack.api.model.Message::getTs)
                .findFirst();
    }

    /**
     * Opens a modal. Not retried on 429: a trigger_id lives about three seconds, so waiting would only
     * turn a rate limit into an expired trigger.
     */
    public void openView(String triggerId, View view) throws SlackCallException {
        ViewsOpenResponse r = call("views.open", m -> m.viewsOpen(b -> b.triggerId(triggerId).view(view)), false);
        LOG.debug("views.open ok, view {}", r.getView() == null ? "?" : r.getView().getId());
    }

    public void publishHome(String userId, View view) throws SlackCallException {
        call("views.publish", m -> m.viewsPublish(b -> b.userId(userId).view(view)), true);
    }

    public User userInfo(String userId) throws SlackCallException {
        UsersInfoResponse r = call("users.info", m -> m.usersInfo(b -> b.user(userId)), true);
        if (r.getUser() == null) {
            throw new SlackCallException("users.info", "no user in the response", null);
        }
        return r.getUser();
    }

    /**
     * Posts to a response_url (ephemeral unless {@code inChannel}); Slack allows five posts per URL
     * within 30 minutes.
     */
    public void respond(String responseUrl, SlackMessage message, boolean replaceOriginal) throws SlackCallException {
        ActionResponse body = ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(replaceOriginal)
                .text(message.fallbackText())
                .blocks(message.blocks())
                .build();
        String json = gson.toJson(body);
        for (int attempt = 1; ; attempt++) {
            WebhookResponse r;
            try {
                r = slack.send(responseUrl, json);
            } catch (IOException e) {
                throw new SlackCallException("response_url", "network error: " + e.getMessage(), e);
            }
            int code = r.getCode() == null ? 0 : r.getCode();
            if (code == 429 && attempt < rateLimits.maxAttempts()) {
                waitBeforeRetry("response_url", header(r.getHeaders(), "retry-after"), attempt);
                continue;
            }
            if (code < 200 || code >= 300) {
                throw new SlackCallException("response_url", "HTTP " + code + " " + abbreviate(r.getBody()), null);
            }
            return;
        }
    }

    /** A Web API call on the bot token with 429 handling; ok:false and network errors become exceptions. */
    public <T extends SlackApiTextResponse> T call(String method, ApiCall<T> call, boolean retryOnRateLimit)
            throws SlackCallException {
        try {
            return callWithRetries(method, call, retryOnRateLimit);
        } catch (SlackCallException e) {
            dev.loopcoach.core.metrics.Metrics.count(dev.loopcoach.core.metrics.Metrics.Counter.PLATFORM_ERRORS, "slack");
            throw e;
        }
    }

    private <T extends SlackApiTextResponse> T callWithRetries(String method, ApiCall<T> call, boolean retryOnRateLimit)
            throws SlackCallException {
        MethodsClient methods = slack.methods(botToken);
        for (int attempt = 1; ; attempt++) {
            try {
                T r = call.run(methods);
                if (!r.isOk()) {
                    LOG.warn("Slack {} answered ok:false: {}", method, r.getError());
                    throw SlackCallException.refused(method, r.getError() == null ? "unknown error" : r.getError(), null);
                }
                return r;
            } catch (SlackApiException e) {
                int code = e.getResponse() == null ? 0 : e.getResponse().code();
                if (code == 429 && retryOnRateLimit && attempt < rateLimits.maxAttempts()) {
                    waitBeforeRetry(method, e.getResponse().header("Retry-After"), attempt);
                    continue;
                }
                String error = e.getError() != null && e.getError().getError() != null
                        ? e.getError().getError() : "HTTP " + code;
                if (code >= 400 && code < 500) {
                    throw SlackCallException.refused(method, code == 429 ? "ratelimited" : error, e);
                }
                throw new SlackCallException(method, error, e);
            } catch (IOException e) {
                throw new SlackCallException(method, "network error: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                // the SDK itself failed on an answer it did not expect (a file upload without its upload URL): a
                // refusal like any other, so a reply's extras never sink the reply
                throw new SlackCallException(method, "unexpected answer: " + e, e);
            }
        }
    }

    private void waitBeforeRetry(String method, String retryAfter, int attempt) throws SlackCallException {
        Duration wait = rateLimits.waitFor(retryAfter);
        LOG.info("Slack rate-limited {} (attempt {}); waiting {} ms as Retry-After asks", method, attempt, wait.toMillis());
        try {
            rateLimits.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException(method, "interrupted while waiting for a rate limit", e);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /**
     * A hot Web API method (a reply, an ephemeral note) sent with the SDK's own request type, form encoding and HTTP
     * client, and its answer parsed with this client's one Gson: the SDK's method client builds a new Gson for every
     * answer, which was the largest single share of a reply's CPU (docs/operations.md). Errors surface as the SDK's
     * {@link SlackApiException}, so rate limits and refusals are handled as for every other call.
     */
    private <T extends SlackApiTextResponse> T lean(String method, okhttp3.FormBody.Builder form, Class<T> type)
            throws IOException, SlackApiException {
        try (okhttp3.Response response = slack.getHttpClient().postFormWithBearerHeader(
                slack.getConfig().getMethodsEndpointUrlPrefix() + method, botToken, form.build())) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, body);
            }
            T parsed = gson.fromJson(body, type);
            if (parsed == null) {
                throw new IOException("empty answer from " + method);
            }
            return parsed;
        }
    }

    @FunctionalInterface
    public interface ApiCall<T> {
        T run(MethodsClient methods) throws IOException, SlackApiException;
    }

    /** Where a message landed. {@code channel} is the real conversation id (a D... id when we posted to a user). */
    public record Posted(String channel, String ts) {
    }
}
