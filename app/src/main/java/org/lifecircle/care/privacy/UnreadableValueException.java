package org.lifecircle.care.privacy;

/**
 * An encrypted value that does not decrypt: tampered with, moved to another row, or written under an unknown key.
 * Never shown to users as it is (a 500 with a reference); the log names the table, column and row.
 */
public class UnreadableValueException extends RuntimeException {

    public UnreadableValueException(Binding binding, String reason) {
        super("Encrypted value " + binding.table() + "." + binding.column() + " of row " + binding.row()
                + " cannot be read: " + reason);
    }
}
