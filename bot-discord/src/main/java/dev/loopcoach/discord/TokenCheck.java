package dev.loopcoach.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Discord who the token belongs to ({@code GET /users/@me}) before the gateway starts: JDA reports a refused
 * token from its own threads as a stack trace after "Login Successful!", which tells an operator nothing useful.
 */
final class TokenCheck {
    private static final Logger log = LoggerFactory.getLogger(TokenCheck.class);
    static final String DEFAULT_API = "https://discord.com/api/v10/";

    /** Discord refused the token; the message names the variable and the fix, and is safe to print. */
    static final class Refused extends DiscordBot.TokenRefused {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private TokenCheck() {
    }

    static void check(String token, String apiBase) {
        String base = apiBase.endsWith("/") ? apiBase : apiBase + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "users/@me"))
                .header("Authorization", "Bot " + token)
                .header("User-Agent", "DiscordBot (https://github.com/loop-coach, 0.1)")
                .timeout(Duration.ofSeconds(10)).GET().build();
        int status;
        try {
            status = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new Refused("Could not reach Discord to check DISCORD_TOKEN (" + e.getClass().getSimpleName()
                    + "). Check the network, or COACH_DISCORD_API_URL if you set it.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Interrupted while checking DISCORD_TOKEN with Discord.");
        }
        if (status == 401) {
            throw new Refused("Discord refused DISCORD_TOKEN (401 Unauthorized). Copy the bot token from "
                    + "discord.com/developers/applications > your application > Bot > Reset Token.");
        }
        if (status >= 300) {
            log.warn("checking the token with Discord answered HTTP {}; starting anyway", status);
        }
    }
}
