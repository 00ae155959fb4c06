package dev.loopcoach.core.handbook;

import dev.loopcoach.core.reply.Reply;
import java.util.Optional;

/** The candidate's handbook: process, levels and pay, STAR, and checklists ({@code /coach process|levels|star|tips}). */
public interface Handbook {
    Reply topic(String topic, Optional<String> arg);
}
