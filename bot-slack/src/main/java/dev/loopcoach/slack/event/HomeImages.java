package dev.loopcoach.slack.event;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.loopcoach.core.reply.Block;
import dev.loopcoach.slack.web.SlackCallException;
import dev.loopcoach.slack.web.SlackWebApi;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress picture of each person's App Home, as a file the bot uploaded (Block Kit shows app-surface images only
 * from a public URL or a Slack file). The same picture is uploaded once: opening the tab again reuses the file until
 * the picture changes, and then the old file is deleted. A failed upload leaves the tab with the text table only.
 */
public final class HomeImages {
    private static final Logger LOG = LoggerFactory.getLogger(HomeImages.class);

    private record Uploaded(String digest, String fileId) {
    }

    private final SlackWebApi web;
    private final Cache<String, Uploaded> bySlackUser = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofDays(7)).build();

    public HomeImages(SlackWebApi web) {
        this.web = web;
    }

    /** The Slack file showing {@code image} for this person, uploaded if it is new; empty when it cannot be. */
    public Optional<String> fileFor(String slackUserId, Block.Image image) {
        String digest = digest(image.png());
        Uploaded known = bySlackUser.getIfPresent(slackUserId);
        if (known != null && known.digest().equals(digest)) {
            return Optional.of(known.fileId());
        }
        String fileId;
        try {
            fileId = web.uploadPrivateImage(image.fileName(), image.png(), image.altText());
        } catch (SlackCallException e) {
            LOG.warn("could not upload the home tab picture for {}: {}", slackUserId, e.error());
            return Optional.empty();
        }
        bySlackUser.put(slackUserId, new Uploaded(digest, fileId));
        if (known != null) {
            try {
                web.deleteFile(known.fileId());
            } catch (SlackCallException e) {
                LOG.debug("could not delete the previous home tab picture {}: {}", known.fileId(), e.error());
            }
        }
        return Optional.of(fileId);
    }

    private static String digest(byte[] png) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
