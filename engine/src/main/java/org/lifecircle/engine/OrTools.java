package org.lifecircle.engine;

import com.google.ortools.Loader;

/** OR-Tools' native libraries, loaded once per JVM before the first solver is made (siting, routing). */
public final class OrTools {

    private static boolean loaded;

    private OrTools() {
    }

    public static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }
}
