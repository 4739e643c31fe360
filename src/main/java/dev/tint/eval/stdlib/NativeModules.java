package dev.tint.eval.stdlib;

import dev.tint.eval.Interpreter;

/**
 * Registers the Java-native helper modules that the bundled standard library (written in Tint,
 * under resources/stdlib) imports for speed or for access to the JVM.
 */
public final class NativeModules {
    private NativeModules() {}

    public static void registerAll(Interpreter interpreter) {
        // Filled in by the standard library work.
    }
}
