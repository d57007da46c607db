package org.lifecircle.directory.listing;

import java.util.List;

/** One of the handbook's 11 categories with its entries, nearest first. */
public record DirectorySection(String code, String name, List<DirectoryEntry> entries) {
}
