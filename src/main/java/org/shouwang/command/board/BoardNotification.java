package org.shouwang.command.board;

/**
 * One change announced on the database channel: an incident or unit ({@code kind}) with its id and the
 * version it reached. A trigger to reload, never the state itself.
 */
public record BoardNotification(String kind, String id, long version) {
}
