package dev.tint.eval.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPython's built-in exception hierarchy (the part a Tint program can meet). */
public final class ExceptionTypes {
    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = define("BaseException", null);
    public static final PyType SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = define("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = define("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = define("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = define("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = define("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = define("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = define("TimeoutError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = define("InterruptedError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = define("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = define("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = define("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = define("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = define("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType REFERENCE_ERROR = define("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = define("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = define("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = define("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = define("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType PYTHON_FINALIZATION_ERROR = define("PythonFinalizationError", RUNTIME_ERROR);
    public static final PyType WARNING = define("Warning", EXCEPTION);
    public static final PyType USER_WARNING = define("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = define("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = define("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = define("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = define("FutureWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = define("PendingDeprecationWarning", WARNING);
    public static final PyType IMPORT_WARNING = define("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = define("UnicodeWarning", WARNING);
    public static final PyType RESOURCE_WARNING = define("ResourceWarning", WARNING);
    public static final PyType ENVIRONMENT_ERROR = alias("EnvironmentError", OS_ERROR);
    public static final PyType IO_ERROR = alias("IOError", OS_ERROR);

    private ExceptionTypes() {}

    private static PyType define(String name, PyType base) {
        PyType type = new PyType(name, base == null ? PyType.OBJECT : base);
        type.setConstructor((args, kwnames) -> new PyBaseException(type, args, kwnames));
        ALL.put(name, type);
        return type;
    }

    /** CPython keeps old names as aliases of OSError. */
    private static PyType alias(String name, PyType type) {
        ALL.put(name, type);
        return type;
    }

    /** Every built-in exception type by name, in definition order. */
    public static Map<String, PyType> all() {
        return ALL;
    }
}
