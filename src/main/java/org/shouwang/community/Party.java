package org.shouwang.community;

/** A party to a dispute: minimum data, a name and perhaps a phone (both masked by default). */
public record Party(String name, String phone) {
}
