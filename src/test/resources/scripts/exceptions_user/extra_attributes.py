# Extra attributes set in __init__ alongside super().__init__(msg)
class HTTPError(Exception):
    def __init__(self, status, url, detail=None):
        msg = f"{status} for {url}"
        if detail:
            msg += f" ({detail})"
        super().__init__(msg)
        self.status = status
        self.url = url
        self.detail = detail

    @property
    def retryable(self):
        return self.status >= 500


class NotFound(HTTPError):
    def __init__(self, url):
        super().__init__(404, url, "no such page")


class ServerError(HTTPError):
    pass


def fetch(url):
    if "missing" in url:
        raise NotFound(url)
    if "down" in url:
        raise ServerError(503, url)
    if "bad" in url:
        raise HTTPError(400, url, detail="bad request")
    return f"<html {url}>"


for u in ["/home", "/missing", "/down", "/bad"]:
    try:
        print(fetch(u))
    except HTTPError as e:
        print(f"{type(e).__name__}: {e} status={e.status} url={e.url} retry={e.retryable} args={e.args}")

err = NotFound("/x")
err.attempts = 3
print(err.attempts, err.detail, sorted(k for k in err.__dict__))
