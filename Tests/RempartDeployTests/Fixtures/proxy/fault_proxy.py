"""A proxy on 127.0.0.1 in front of the local AWS emulator, for Rempart's deployment tests.

Usage: python3 fault_proxy.py UPSTREAM_URL

Prints the port it listens on, then forwards every request to UPSTREAM_URL. Its settings
change at run time through POST /__proxy/config with a JSON body:
  {"fail_action": "CreateNatGateway", "latency_ms": 100}
fail_action makes every call of that operation (query `Action`, or the last part of
`X-Amz-Target`, or for S3 the method and path such as `PUT /bucket`, or the method and
sub-resource such as `PUT ?tagging`) fail with HTTP 400 and an AWS error body instead of
reaching the emulator;
latency_ms delays every forwarded call. GET /__proxy/stats returns the calls seen per
operation and how many were failed. It only listens on 127.0.0.1.
"""
import http.client
import json
import signal
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

UPSTREAM = urllib.parse.urlsplit(sys.argv[1])
LOCK = threading.Lock()
CONFIG = {"fail_action": None, "latency_ms": 0}
STATS = {"calls": {}, "failed": 0}


def operation(handler, body):
    target = handler.headers.get("X-Amz-Target")
    if target:
        return target.split(".")[-1]
    for pair in body.decode("utf-8", "replace").split("&"):
        if pair.startswith("Action="):
            return pair[len("Action="):]
    return handler.command + " " + urllib.parse.urlsplit(handler.path).path


def subresource(handler):
    """Returns the method and first query key of a REST call, such as `PUT ?tagging`, or None."""
    query = urllib.parse.urlsplit(handler.path).query
    if not query or handler.headers.get("X-Amz-Target"):
        return None
    return handler.command + " ?" + query.split("&")[0].split("=")[0]


def error_body(handler, action):
    message = "fault injected by the test proxy for " + action
    if handler.headers.get("X-Amz-Target"):
        return "application/x-amz-json-1.1", json.dumps({"__type": "InjectedFault", "message": message})
    scope = handler.headers.get("Authorization", "")
    if "/ec2/aws4_request" in scope:
        return "text/xml", (
            "<Response><Errors><Error><Code>InjectedFault</Code><Message>%s</Message></Error></Errors>"
            "<RequestID>proxy-request</RequestID></Response>" % message)
    return "text/xml", (
        "<ErrorResponse><Error><Type>Sender</Type><Code>InjectedFault</Code><Message>%s</Message></Error>"
        "<RequestId>proxy-request</RequestId></ErrorResponse>" % message)


class Handler(BaseHTTPRequestHandler):
    # One request per connection keeps the proxy simple: no keep-alive state to get wrong.
    protocol_version = "HTTP/1.0"

    def log_message(self, *args):
        pass

    def reply(self, status, content_type, body, headers=()):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == "/__proxy/config":
            with LOCK:
                CONFIG.update(json.loads(body or b"{}"))
                STATS["calls"].clear()
                STATS["failed"] = 0
            return self.reply(200, "application/json", json.dumps(CONFIG))
        if self.path == "/__proxy/stats":
            with LOCK:
                return self.reply(200, "application/json", json.dumps(STATS))

        action = operation(self, body)
        with LOCK:
            STATS["calls"][action] = STATS["calls"].get(action, 0) + 1
            fail = CONFIG["fail_action"] is not None and CONFIG["fail_action"] in (action, subresource(self))
            latency = CONFIG["latency_ms"] / 1000.0
            if fail:
                STATS["failed"] += 1
        if latency:
            time.sleep(latency)
        if fail:
            content_type, text = error_body(self, action)
            return self.reply(400, content_type, text)

        connection = http.client.HTTPConnection(UPSTREAM.hostname, UPSTREAM.port, timeout=60)
        headers = {name: value for name, value in self.headers.items() if name.lower() != "connection"}
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        passed = [(n, v) for n, v in response.getheaders()
                  if n.lower() not in ("content-length", "content-type", "connection", "transfer-encoding")]
        self.reply(response.status, response.getheader("Content-Type", "text/plain"), data, passed)
        connection.close()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any


def main():
    # A parent that blocks signals in its threads (Foundation's Process does) passes the mask on;
    # unblock SIGTERM so that terminate() stops the proxy.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    if UPSTREAM.hostname not in ("127.0.0.1", "localhost"):
        sys.exit("the upstream must be on 127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
