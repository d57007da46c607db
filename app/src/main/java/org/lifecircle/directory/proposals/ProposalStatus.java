package org.lifecircle.directory.proposals;

public enum ProposalStatus {
    PENDING, APPROVED, REJECTED
}
