package org.lifecircle.care.privacy;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value lives: table, column and row. It is the cipher's associated data, so a ciphertext
 * copied to another row or column fails to decrypt instead of showing one elder's data as another's.
 */
public record Binding(String table, String column, long row) {

    byte[] associatedData() {
        return ("lifecircle.care/" + table + "/" + column + "/" + row).getBytes(StandardCharsets.UTF_8);
    }
}
