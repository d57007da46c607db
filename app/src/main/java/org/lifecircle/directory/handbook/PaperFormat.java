package org.lifecircle.directory.handbook;

/**
 * The handbook's page size. A5 pages are the booklet: print them two to a sheet of A4, folded (a printer's
 * "booklet" setting does the imposition). A4 is for a notice board or a ring binder.
 */
public enum PaperFormat {
    A4, A5
}
