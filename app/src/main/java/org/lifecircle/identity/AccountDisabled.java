package org.lifecircle.identity;

/** An administrator disabled an account: its sessions end, its tokens stop working. */
public record AccountDisabled(long accountId, String username) {
}
