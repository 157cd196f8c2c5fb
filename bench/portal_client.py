"""A tiny HTTP client of the portal for the benchmarks (Python standard library only).

The portal's cookies are marked Secure; over plain http a browser-like cookie jar would not send them back, so
this client keeps its own cookies and sends them itself.
"""
import html
import http.client
import re
import time
import urllib.parse

DEMO_PASSWORD = "harbor lantern tariff 1842"

_CSRF_INPUT = re.compile(r'<input[^>]*name="_csrf"[^>]*value="([^"]+)"')
_CSRF_META = re.compile(r'<meta name="_csrf" content="([^"]+)"')
_TERMS_VERSION = re.compile(r'<input[^>]*name="version"[^>]*value="(\d+)"')
_MAILBOX_ROW = re.compile(r'<td>([^<]+)</td>\s*<td><a class="usa-link" href="/dev/mailbox/([0-9a-f-]{36})">'
                          r'Your OpenACE sign-in code</a></td>')
_CODE = re.compile(r'^\s+(\d{6})\s*$', re.M)


class PortalError(Exception):
    pass


class Client:
    """One browser: its own cookies, an optional simulated client address (X-Forwarded-For)."""

    def __init__(self, base="http://localhost:8080", forwarded_for=None, timeout=60):
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port or 80
        self.forwarded_for = forwarded_for
        self.timeout = timeout
        self.cookies = {}
        self.connection = None

    def _connect(self):
        if self.connection is None:
            self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        return self.connection

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def request(self, method, path, form=None):
        """Returns (status, headers, body text, seconds taken)."""
        headers = {"Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            connection = self._connect()
            started = time.perf_counter()
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                text = response.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
        took = time.perf_counter() - started
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if value == "" or "Max-Age=0" in cookie:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response.status, response.headers, text, took

    def csrf_from(self, text):
        match = _CSRF_INPUT.search(text) or _CSRF_META.search(text)
        if not match:
            raise PortalError("no CSRF token on the page")
        return html.unescape(match.group(1))

    def password_step(self, username, password):
        """GET /sign-in then POST /sign-in. Returns (status, location, seconds of the POST)."""
        self.cookies.pop("OPENACE_SESSION", None)
        status, _, text, _ = self.request("GET", "/sign-in")
        if status != 200:
            raise PortalError(f"GET /sign-in answered {status}")
        status, headers, _, took = self.request("POST", "/sign-in", {
            "_csrf": self.csrf_from(text), "acknowledge": "yes", "username": username, "password": password})
        return status, headers.get("Location", ""), took


def latest_code(base, email, newer_than=""):
    """The newest sign-in code e-mailed to an address, from the developer mailbox of the demo profile."""
    mailbox = Client(base)
    try:
        for _ in range(50):
            status, _, text, _ = mailbox.request("GET", "/dev/mailbox")
            if status != 200:
                raise PortalError(f"GET /dev/mailbox answered {status} (is the demo profile on?)")
            for rows in re.finditer(r'<tr>(.*?)</tr>', text, re.S):
                row = rows.group(1)
                match = _MAILBOX_ROW.search(row)
                if match and match.group(1) == email and match.group(2) != newer_than:
                    status, _, message, _ = mailbox.request("GET", "/dev/mailbox/" + match.group(2))
                    code = _CODE.search(html.unescape(message))
                    if code:
                        return match.group(2), code.group(1)
                    break
            time.sleep(0.1)
    finally:
        mailbox.close()
    raise PortalError("no sign-in code arrived for " + email)


def newest_message_id(base, email):
    try:
        return latest_code(base, email)[0]
    except PortalError:
        return ""


def sign_in(base, username, password=DEMO_PASSWORD, email=None, forwarded_for=None):
    """Signs in completely (password, e-mailed code, terms) and returns the value of the session cookie."""
    email = email or f"{username}@openace.example"
    before = newest_message_id(base, email)
    client = Client(base, forwarded_for)
    status, location, _ = client.password_step(username, password)
    if status != 302 or not location.endswith("/sign-in/verify"):
        raise PortalError(f"password step answered {status} {location}")
    status, _, text, _ = client.request("GET", "/sign-in/verify")
    if status != 200:
        raise PortalError(f"GET /sign-in/verify answered {status}")
    _, code = latest_code(base, email, newer_than=before)
    status, headers, _, _ = client.request("POST", "/sign-in/verify/email", {"_csrf": client.csrf_from(text), "code": code})
    if status != 302:
        raise PortalError(f"code step answered {status}")
    # pending sign-in requirements (new terms) redirect any page to their step
    status, headers, _, _ = client.request("GET", "/")
    location = headers.get("Location", "")
    if status == 302 and location.endswith("/terms/accept"):
        status, _, text, _ = client.request("GET", "/terms/accept")
        version = _TERMS_VERSION.search(text)
        if status != 200 or not version:
            raise PortalError(f"GET /terms/accept answered {status}")
        status, headers, _, _ = client.request("POST", "/terms/accept", {
            "_csrf": client.csrf_from(text), "accept": "yes", "version": version.group(1)})
        if status != 302:
            raise PortalError(f"POST /terms/accept answered {status}")
        status, headers, _, _ = client.request("GET", "/")
    if status != 200:
        raise PortalError(f"GET / after sign-in answered {status} {headers.get('Location', '')}")
    client.close()
    return client.cookies["OPENACE_SESSION"]
