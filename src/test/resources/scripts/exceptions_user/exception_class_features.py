# Exception classes with class attributes, classmethod factories and methods
class APIError(Exception):
    code = 500
    retry = False

    def __init__(self, message, **context):
        super().__init__(message)
        self.context = context

    @classmethod
    def from_response(cls, resp):
        for sub in cls.__subclasses__():
            if sub.code == resp["status"]:
                return sub(resp["body"], **resp.get("ctx", {}))
        return cls(resp["body"])

    def describe(self):
        ctx = ", ".join(f"{k}={v}" for k, v in sorted(self.context.items()))
        return f"[{self.code}] {type(self).__name__}: {self}" + (f" ({ctx})" if ctx else "")


class NotFoundError(APIError):
    code = 404


class RateLimited(APIError):
    code = 429
    retry = True


responses = [
    {"status": 404, "body": "user 7 not found", "ctx": {"user": 7}},
    {"status": 429, "body": "slow down", "ctx": {"wait": 30, "bucket": "api"}},
    {"status": 503, "body": "unavailable"},
]
for r in responses:
    err = APIError.from_response(r)
    print(err.describe(), "retry" if err.retry else "no-retry")
    try:
        raise err
    except APIError as e:
        print("  caught", type(e).__name__, e.code, isinstance(e, NotFoundError))
print([c.__name__ for c in APIError.__subclasses__()])
print(NotFoundError("x").code, APIError.code, RateLimited("y").context)
