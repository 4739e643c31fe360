# e.add_note() and __notes__
class ValidationError(Exception):
    pass


def validate(record):
    try:
        if record["age"] < 0:
            raise ValidationError("age must be non-negative")
    except ValidationError as e:
        e.add_note(f"while validating record {record['id']}")
        raise


records = [{"id": 1, "age": 5}, {"id": 2, "age": -1}]
for r in records:
    try:
        validate(r)
        print("valid", r["id"])
    except ValidationError as e:
        e.add_note("second note")
        print("invalid:", e)
        print("notes:", e.__notes__)
        print(str(e), repr(e))

plain = ValueError("no notes")
print(hasattr(plain, "__notes__"))
plain.add_note("one")
plain.add_note("two")
print(plain.__notes__, plain.args)
try:
    plain.add_note(42)
except TypeError as e:
    print("TypeError:", e)
