"""A proxy on 127.0.0.1 that forwards to an upstream endpoint but denies chosen reads.

Usage: denying_proxy.py UPSTREAM_URL DENIED...
Prints the port it listens on, then serves until terminated. A DENIED argument is an S3
subresource flag, a query action written `Action=NAME` or a JSON target written
`Target=NAME`. A GET whose query names one of the subresource flags (such as `logging` for
GetBucketLogging) gets S3's AccessDenied error; a POST whose form body has one of the actions
(such as `Action=DescribeRouteTables`) gets EC2's UnauthorizedOperation error; a POST whose
X-Amz-Target header is one of the targets (such as `Target=TrentService.DescribeKey`) gets an
HTTP 500 with no body, as an emulator that fails inside an action answers.
"""
import http.client
import signal
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UPSTREAM = urllib.parse.urlsplit(sys.argv[1])
DENIED = {name for name in sys.argv[2:] if not name.startswith(("Action=", "Target="))}
DENIED_ACTIONS = {name.split("=", 1)[1] for name in sys.argv[2:] if name.startswith("Action=")}
DENIED_TARGETS = {name.split("=", 1)[1] for name in sys.argv[2:] if name.startswith("Target=")}
DENIAL = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Access Denied</Message><RequestId>denying-proxy</RequestId></Error>"
)
ACTION_DENIAL = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>UnauthorizedOperation</Code>'
    b"<Message>You are not authorized to perform this operation.</Message></Error></Errors>"
    b"<RequestID>denying-proxy</RequestID></Response>"
)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        query = urllib.parse.urlsplit(self.path).query
        flags = {part.split("=", 1)[0] for part in query.split("&") if part}
        if self.command == "GET" and flags & DENIED:
            self.deny(DENIAL)
            return
        if self.command == "POST" and self.headers.get("X-Amz-Target") in DENIED_TARGETS:
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.command == "POST" and DENIED_ACTIONS:
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
            if set(form.get("Action", [])) & DENIED_ACTIONS:
                self.deny(ACTION_DENIAL)
                return
        connection = http.client.HTTPConnection(UPSTREAM.hostname, UPSTREAM.port, timeout=30)
        headers = {key: value for key, value in self.headers.items() if key.lower() != "host"}
        headers["Host"] = UPSTREAM.netloc
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        self.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)
        connection.close()

    def deny(self, payload):
        self.send_response(403)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = forward


# The parent may start this process with SIGTERM blocked (threads of the Swift runtime block
# signals and spawned children inherit the mask), so unblock it for `Process.terminate()`.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
