package org.lifecircle.directory.proposals;

/** What a proposal asks for: a shop to add, a shop gone, or an entry's details changed (name, phone, hours …). */
public enum ProposalKind {
    NEW, CLOSED, CHANGED
}
