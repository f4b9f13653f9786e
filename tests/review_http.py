#!/usr/bin/env python3
"""review_http.py FAXINTAKE STORE: the review server's HTTP layer, from outside.

Starts `faxintake serve` on a free loopback port over a copy of STORE (a
store with documents, made by tests/CMakeLists.txt with `faxintake ingest
--db`), adds users with `faxintake user`, and checks with raw sockets and
http.client what a hostile or clumsy client meets: no session, a missing
or wrong CSRF token, malformed and oversized requests, path traversal,
an intake user on admin endpoints, many wrong passwords in a row, API
tokens, logout, and the audit rows of views and logins.  Exits non-zero
on the first failed check.
"""
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

BIN, STORE = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp(prefix="fi-review-http.")
db = os.path.join(tmp, "store.db")
shutil.copy(STORE, db)
env = dict(os.environ, FAXINTAKE_DB=db, FAXINTAKE_USER="tester")
checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        print("FAIL: " + what, file=sys.stderr)
        sys.exit(1)


def cli(*args, stdin=None):
    return subprocess.run([BIN, *args], input=stdin, env=env, capture_output=True, text=True)


check(cli("user", "add", "ada", "--role", "admin", stdin="admin-secret-1\n").returncode == 0,
      "user add admin")
check(cli("user", "add", "ian", "--role", "intake", stdin="intake-secret-1\n").returncode == 0,
      "user add intake")
r = cli("user", "add", "short", "--role", "intake", stdin="abc\n")
check(r.returncode == 1 and "too short" in r.stderr, "a short password is refused: " + r.stderr)
r = cli("user", "add", "x", "--role", "boss", stdin="long-enough-pw\n")
check(r.returncode == 2, "an unknown role is refused")
token = cli("user", "token", "ian", "--label", "integration test").stdout.strip()
check(re.fullmatch(r"[0-9a-f]{64}", token) is not None, "user token prints a token")

server = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--db", db],
                          env=env, stderr=subprocess.PIPE, text=True)
line = server.stderr.readline()
m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
check(m is not None, "serve says where it listens: " + line)
port = int(m.group(1))


def request(method, path, body=None, headers=None, raw_body=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    h = dict(headers or {})
    data = raw_body
    if body is not None:
        data = json.dumps(body)
        h.setdefault("Content-Type", "application/json")
    c.request(method, path, body=data, headers=h)
    resp = c.getresponse()
    payload = resp.read()
    c.close()
    return resp.status, dict(resp.getheaders()), payload


def jbody(payload):
    try:
        return json.loads(payload)
    except ValueError:
        return None


def login(user, password):
    status, headers, payload = request("POST", "/api/login", {"user": user, "password": password})
    cookie = headers.get("Set-Cookie", "")
    m = re.match(r"fi_session=([0-9a-f]{64});", cookie)
    return status, headers, jbody(payload), ("fi_session=" + m.group(1)) if m else None


try:
    # --- the page and its headers
    status, headers, index_page = request("GET", "/")
    check(status == 200 and b"<html" in index_page.lower(), "GET / serves the page")
    csp = headers.get("Content-Security-Policy", "")
    check("default-src 'self'" in csp and "frame-ancestors 'none'" in csp, "CSP header: " + csp)
    check(headers.get("X-Content-Type-Options") == "nosniff", "nosniff header")
    check(headers.get("Cache-Control") == "no-cache" and headers.get("ETag"),
          "the page may be kept if revalidated")
    status, _, again = request("GET", "/", headers={"If-None-Match": headers["ETag"]})
    check(status == 304 and again == b"", "an unchanged page is not sent again")

    # --- no session
    status, headers, payload = request("GET", "/api/queue")
    check(status == 401 and "log in" in jbody(payload)["error"], "the API needs a session")
    check(headers.get("Cache-Control") == "no-store", "no-store on every API answer")

    # --- logging in
    status, headers, body, ada = login("ada", "admin-secret-1")
    check(status == 200 and body["role"] == "admin" and ada, "admin logs in")
    cookie = headers["Set-Cookie"]
    check("HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie,
          "session cookie flags (no TLS here): " + cookie)
    csrf = body["csrf"]
    status, _, payload = request("GET", "/api/queue", headers={"Cookie": ada})
    items = jbody(payload)["items"]
    check(status == 200 and len(items) >= 3, "the queue lists the documents")
    status, _, payload = request("GET", "/api/queue?status=received&specialty=orthopedics",
                                 headers={"Cookie": ada})
    check(status == 200 and all(i["referred_to_specialty"] == "orthopedics"
                                for i in jbody(payload)["items"]), "queue filter by specialty")
    status, _, _ = request("GET", "/api/queue?status=bogus", headers={"Cookie": ada})
    check(status == 400, "an unknown status filter is refused")

    # --- CSRF
    status, _, payload = request("POST", "/api/queue/next", headers={"Cookie": ada})
    check(status == 403 and "CSRF" in jbody(payload)["error"], "a change without CSRF token: 403")
    status, _, _ = request("POST", "/api/queue/next",
                           headers={"Cookie": ada, "X-CSRF-Token": "0" * 64})
    check(status == 403, "a change with a wrong CSRF token: 403")
    status, _, payload = request("POST", "/api/queue/next",
                                 headers={"Cookie": ada, "X-CSRF-Token": csrf})
    doc = jbody(payload)["document"]
    check(status == 200 and isinstance(doc, int), "next with the CSRF token claims an item")
    auth = {"Cookie": ada, "X-CSRF-Token": csrf}

    # --- documents
    status, _, payload = request("GET", "/api/documents/%d" % doc, headers=auth)
    shown = jbody(payload)
    check(status == 200 and shown["document"]["id"] == doc and "fields_order" in shown,
          "document JSON")
    page = shown["document"]["page_info"][0]
    check(page["image"] is True and page["width"] > 0, "the page has a picture and a size")
    status, headers, payload = request("GET", "/api/documents/%d/pages/1" % doc, headers=auth)
    check(status == 200 and headers["Content-Type"] == "image/png" and
          payload[:8] == b"\x89PNG\r\n\x1a\n", "the page picture is a PNG")
    for bad in ("/api/documents/abc", "/api/documents/-1", "/api/documents/99999999",
                "/api/documents/%d/pages/0" % doc, "/api/documents/%d/pages/x" % doc,
                "/api/documents/%d/nothing" % doc):
        status, _, payload = request("GET", bad, headers=auth)
        check(status == 404 and "error" in jbody(payload), "404 for " + bad)
    status, _, payload = request("POST", "/api/documents/%d/fields" % doc,
                                 {"fields": {"patient_dob": "31/31/1950"}}, headers=auth)
    check(status == 422 and "patient_dob" in jbody(payload)["error"], "a bad value: 422")
    status, _, payload = request("POST", "/api/documents/%d/fields" % doc,
                                 {"fields": {"patient_dob": "03/04/1950"}}, headers=auth)
    check(status == 200 and jbody(payload)["fields"]["patient_dob"]["value"] == "1950-03-04",
          "a value typed in another spelling is normalized")
    status, _, payload = request("POST", "/api/documents/%d/reject" % doc, {}, headers=auth)
    check(status == 422 and "reason" in jbody(payload)["error"], "reject needs a reason")

    # --- malformed requests
    status, _, _ = request("POST", "/api/documents/%d/fields" % doc, headers=auth,
                           raw_body="{not json", )
    check(status == 415, "a body that is not declared JSON: 415")
    status, _, payload = request("POST", "/api/documents/%d/fields" % doc,
                                 headers=dict(auth, **{"Content-Type": "application/json"}),
                                 raw_body="{not json")
    check(status == 400 and "JSON" in jbody(payload)["error"], "malformed JSON: 400")
    status, _, _ = request("POST", "/api/documents/%d/fields" % doc, [1, 2], headers=auth)
    check(status == 400, "a JSON array instead of an object: 400")
    status, _, _ = request("POST", "/api/documents/%d/fields" % doc, {"fields": {"x": 5}},
                           headers=auth)
    check(status == 400, "a number as a field value: 400")
    big = json.dumps({"fields": {"reason": "x" * (3 << 20)}})
    status, _, payload = request("POST", "/api/documents/%d/fields" % doc,
                                 headers=dict(auth, **{"Content-Type": "application/json"}),
                                 raw_body=big)
    check(status == 413, "a 3 MB body: 413")
    # a header block far over the connection's memory
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(b"GET /api/me HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 200000 + b"\r\n\r\n")
    try:
        answer = s.recv(200)
    except (ConnectionResetError, BrokenPipeError):
        answer = b""
    s.close()
    check(answer == b"" or re.match(rb"HTTP/1\.1 4\d\d", answer), "huge headers refused: %r" % answer)
    # garbage is answered 4xx or the connection closed; a request that
    # never ends is left to the 30 s connection timeout, without holding
    # up anyone else
    stuck = []
    for raw in (b"GARBAGE\r\n\r\n", b"GET\r\n\r\n", b"\x00\x01\x02\xff\r\n\r\n",
                b"POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                b"POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"):
        s = socket.create_connection(("127.0.0.1", port), timeout=2)
        s.sendall(raw)
        try:
            answer = s.recv(200)
            s.close()
        except ConnectionResetError:
            answer = b""
        except TimeoutError:
            answer = None
            stuck.append(s)
        check(answer is None or answer == b"" or answer.startswith(b"HTTP/1.1 4"),
              "garbage %r: %r" % (raw, answer))
    status, _, _ = request("GET", "/api/me", headers={"Cookie": ada})
    check(status == 200, "served while %d unfinished requests wait" % len(stuck))
    for s in stuck:
        s.close()

    # --- path traversal: nothing is served from the filesystem
    for path in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/app.js/../../etc/passwd",
                 "/..%2f..%2fetc%2fpasswd", "/api/documents/1/pages/..%2f..%2fetc%2fpasswd",
                 "/index.html%00.png", "//etc/passwd", "/./app.js/.."):
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.sendall(("GET %s HTTP/1.1\r\nHost: x\r\nCookie: %s\r\nConnection: close\r\n\r\n"
                   % (path, ada)).encode())
        answer = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            answer += chunk
        s.close()
        # libmicrohttpd decodes %00 to an end of string: "/index.html"
        # is then asked for, and is the page itself
        served_page = answer.startswith(b"HTTP/1.1 200") and answer.endswith(index_page)
        check(answer.startswith(b"HTTP/1.1 404") or answer.startswith(b"HTTP/1.1 400") or
              served_page, "traversal %s: %r" % (path, answer[:40]))
        check(b"root:" not in answer, "traversal %s leaks nothing" % path)

    # --- roles
    status, _, body, ian = login("ian", "intake-secret-1")
    check(status == 200 and body["role"] == "intake", "intake user logs in")
    for method, path in (("GET", "/api/rules"), ("GET", "/api/audit"),
                         ("POST", "/api/rules/check"), ("PUT", "/api/rules")):
        status, _, payload = request(method, path, {"text": ""} if method != "GET" else None,
                                     headers={"Cookie": ian, "X-CSRF-Token": body["csrf"]})
        check(status == 403 and "admin" in jbody(payload)["error"],
              "intake user refused on %s %s" % (method, path))
    status, _, payload = request("GET", "/api/rules", headers=auth)
    check(status == 200 and "[field" in jbody(payload)["text"], "admin reads the rules")
    status, _, payload = request("POST", "/api/rules/check", {"text": "[field x]\nnonsense\n"},
                                 headers=auth)
    check(status == 422 and "rules:2" in jbody(payload)["error"], "a wrong rule is named by line")
    status, _, payload = request("PUT", "/api/rules", {"text": jbody(request(
        "GET", "/api/rules", headers=auth)[2])["text"]}, headers=auth)
    check(status == 409, "saving the built-in rules without --rules FILE: 409")

    # --- API token: a header, no cookie, no CSRF
    bearer = {"Authorization": "Bearer " + token}
    status, _, payload = request("GET", "/api/me", headers=bearer)
    check(status == 200 and jbody(payload)["user"] == "ian", "an API token acts as its user")
    status, _, _ = request("POST", "/api/queue/next", headers=bearer)
    check(status == 200, "a token needs no CSRF token (no browser sends it by itself)")
    status, _, _ = request("GET", "/api/me", headers={"Cookie": "fi_session=" + token})
    check(status == 401, "a token is not accepted as a cookie")
    status, _, _ = request("GET", "/api/me", headers={"Authorization": "Bearer " + ada[11:]})
    check(status == 401, "a browser session is not accepted as a token")

    # --- many wrong passwords in a row
    for i in range(5):
        status, _, _, _ = login("ian", "wrong-password-%d" % i)
        check(status == 401, "wrong password %d: 401" % i)
    status, headers, body, _ = login("ian", "intake-secret-1")
    check(status == 429 and int(headers.get("Retry-After", "0")) > 0 and
          "too many" in body["error"], "after 5 wrong passwords even the right one waits")
    status, _, _, _ = login("ada", "admin-secret-1")
    check(status == 200, "another user is not locked out by them")
    status, _, _, _ = login("nobody", "whatever-password")
    check(status == 401, "an unknown user gets the same answer as a wrong password")

    # --- logout
    status, headers, _ = request("POST", "/api/logout", headers=auth)
    check(status == 200 and "Max-Age=0" in headers.get("Set-Cookie", ""), "logout clears the cookie")
    status, _, _ = request("GET", "/api/me", headers={"Cookie": ada})
    check(status == 401, "the session is over after logout")

    # --- the audit log has the views, logins and failures, and its chain holds
    rows = json.loads(cli("audit", "log", "--limit", "1000").stdout)
    did = {(r["actor"], r["action"]) for r in rows}
    check(("ada", "document.view") in did, "views are audited")
    check(("ada", "field.set") in did, "changes are audited under the user")
    check(("ian", "login.failed") in did and ("ada", "login") in did, "logins are audited")
    check(cli("audit", "verify").returncode == 0, "the audit chain verifies")
    check(server.poll() is None, "the server survived everything")
finally:
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(tmp, ignore_errors=True)

# --- TLS through libmicrohttpd's GnuTLS: the cookie gets Secure
if shutil.which("openssl"):
    import ssl
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    os.makedirs(tmp, exist_ok=True)
    shutil.copy(STORE, db)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
                   check=True, capture_output=True)
    check(cli("user", "add", "tls", "--role", "intake", stdin="tls-secret-12\n").returncode == 0,
          "user add for TLS")
    server = subprocess.Popen([BIN, "serve", "--listen", "127.0.0.1:0", "--db", db,
                               "--tls-cert", cert, "--tls-key", key],
                              env=env, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()
        m = re.search(r"listening on https://127\.0\.0\.1:(\d+)", line)
        check(m is not None, "serve with a certificate listens on https: " + line)
        ctx = ssl.create_default_context(cafile=cert)
        ctx.check_hostname = False
        c = http.client.HTTPSConnection("127.0.0.1", int(m.group(1)), context=ctx, timeout=10)
        c.request("POST", "/api/login", body=json.dumps({"user": "tls", "password": "tls-secret-12"}),
                  headers={"Content-Type": "application/json"})
        resp = c.getresponse()
        resp.read()
        cookie = resp.getheader("Set-Cookie", "")
        check(resp.status == 200 and "; Secure" in cookie, "under TLS the cookie is Secure: " + cookie)
        check("max-age" in resp.getheader("Strict-Transport-Security", ""), "HSTS under TLS")
        c.close()
        r = cli("serve", "--listen", "127.0.0.1:0", "--db", db, "--tls-cert", cert)
        check(r.returncode == 2 and "both" in r.stderr, "a certificate without its key is refused")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
else:
    print("review_http: openssl missing: TLS not checked")

print("review_http: %d checks passed" % checks)
