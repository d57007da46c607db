package org.lifecircle.shared;

/** A record asked for by id does not exist: a 404 for the user, never a 500. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String what;
    private final Object id;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = id;
    }

    /** Message key of the kind of record, e.g. {@code atlas.compound}. */
    public String what() {
        return what;
    }

    public Object id() {
        return id;
    }
}
