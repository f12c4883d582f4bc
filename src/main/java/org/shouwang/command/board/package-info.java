/**
 * The live board of the command centre: changes announced by PostgreSQL NOTIFY in the changing transaction,
 * one LISTEN connection per node fanning them out to Server-Sent Events subscribers, the board's snapshot
 * and page, and per-station interval statistics.
 */
package org.shouwang.command.board;
