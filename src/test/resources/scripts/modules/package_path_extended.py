# A package's __path__ decides where its submodules are found, as in CPython.
import pkg_shapes
print(type(pkg_shapes.__path__).__name__, len(pkg_shapes.__path__))
pkg_shapes.__path__.append(pkg_shapes.__path__[0] + "/../_extra_dir")
import pkg_shapes.extra_shape
print(pkg_shapes.extra_shape.NAME)
try:
    import pkg_shapes.nowhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
