# A validation pipeline accumulating user exceptions per field
class FieldError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class RequiredError(FieldError):
    def __init__(self, field):
        super().__init__(field, "is required")


class RangeError(FieldError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value


class FormatError(FieldError):
    pass


class ValidationFailed(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors

    def __str__(self):
        return "; ".join(str(e) for e in self.errors)


def require(rec, field):
    if field not in rec or rec[field] in ("", None):
        raise RequiredError(field)
    return rec[field]


def check_age(rec):
    age = require(rec, "age")
    if not isinstance(age, int):
        raise FormatError("age", f"expected int, got {type(age).__name__}")
    if not 0 <= age <= 150:
        raise RangeError("age", age, 0, 150)


def check_email(rec):
    email = require(rec, "email")
    if email.count("@") != 1:
        raise FormatError("email", f"{email!r} is not an address")


def check_name(rec):
    require(rec, "name")


def validate(rec):
    errors = []
    for check in (check_name, check_age, check_email):
        try:
            check(rec)
        except FieldError as e:
            errors.append(e)
    if errors:
        raise ValidationFailed(errors)
    return rec


records = [
    {"name": "ann", "age": 30, "email": "ann@x.org"},
    {"name": "", "age": 200, "email": "bob"},
    {"age": "old", "email": "a@b@c"},
    {"name": "dee", "age": -1},
]
for i, rec in enumerate(records):
    try:
        validate(rec)
        print(i, "valid")
    except ValidationFailed as e:
        print(i, "invalid:", e.args[0], "|", e)
        kinds = [type(x).__name__ for x in e.errors]
        print("   kinds:", kinds, "fields:", [x.field for x in e.errors])
        ranges = [x.value for x in e.errors if isinstance(x, RangeError)]
        if ranges:
            print("   out of range values:", ranges)
