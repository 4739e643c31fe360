package dev.tint.eval.stdlib;

import dev.tint.eval.Interpreter;

/**
 * Registers the Java-native helper modules that the bundled standard library (written in Tint,
 * under resources/stdlib) imports for speed or for access to the JVM. Modules CPython writes in
 * C ({@code math}, {@code itertools}, {@code time}, {@code operator}, {@code bisect},
 * {@code heapq}) are native here too, so, as in CPython, they add no frames to tracebacks.
 */
public final class NativeModules {
    private NativeModules() {}

    public static void registerAll(Interpreter interpreter) {
        interpreter.registerNativeModule("math", interp -> MathModule.create());
        interpreter.registerNativeModule("itertools", interp -> ItertoolsModule.create());
        interpreter.registerNativeModule("time", TimeModule::create);
        interpreter.registerNativeModule("operator", OperatorModule::create);
        interpreter.registerNativeModule("bisect", interp -> BisectHeapqModules.bisect());
        interpreter.registerNativeModule("heapq", interp -> BisectHeapqModules.heapq());
        interpreter.registerNativeModule("_tint_random", interp -> RandomModule.create());
        interpreter.registerNativeModule("_tint_functools", interp -> FunctoolsNative.create());
        interpreter.registerNativeModule("_tint_json", JsonNative::create);
        interpreter.registerNativeModule("_tint_statistics", interp -> StatisticsNative.create());
        interpreter.registerNativeModule("_tint_traceback", TracebackNative::create);
        interpreter.registerNativeModule("_tint_copy", interp -> CopyNative.create());
        interpreter.registerNativeModule("_tint_collections", interp -> CollectionsNative.create());
    }
}
