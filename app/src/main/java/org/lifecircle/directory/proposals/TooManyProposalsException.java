package org.lifecircle.directory.proposals;

/** The client sent more proposals this hour than the flood guard allows: a 429. */
class TooManyProposalsException extends RuntimeException {

    TooManyProposalsException(String client) {
        super("too many proposals from " + client);
    }
}
