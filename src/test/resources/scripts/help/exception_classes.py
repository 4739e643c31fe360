# help() on exception classes lists what they inherit from the built-in exceptions
class AppError(Exception):
    """Base error of the app."""

    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    def __str__(self):
        return 'not found'


class Bad(ValueError):
    pass


class Missing(KeyError):
    retries = 3


class Broken(OSError):
    def __init__(self, *args):
        pass


class Attr(AttributeError):
    pass


class Stop(StopIteration):
    pass


class Leave(SystemExit):
    pass


class Imp(ModuleNotFoundError):
    pass


class Syn(SyntaxError):
    pass


class Warn(UserWarning):
    pass


class Interrupt(KeyboardInterrupt):
    pass


for cls in (AppError, NotFound, Bad, Missing, Broken, Attr, Stop, Leave, Imp, Syn, Warn, Interrupt):
    help(cls)

try:
    raise NotFound('x')
except NotFound as e:
    help(e)
