# help() on a module: NAME, DESCRIPTION, CLASSES (with the class tree), FUNCTIONS, DATA, FILE
import _helpmod
import _helpmod2

# FILE shows the module's absolute path, different on every machine: give it a fixed one.
_helpmod.__file__ = '/opt/lib/_helpmod.py'
_helpmod2.__file__ = '/opt/lib/_helpmod2.py'
help(_helpmod)
help(_helpmod2)
help(_helpmod.func)
help(_helpmod.Sub)
