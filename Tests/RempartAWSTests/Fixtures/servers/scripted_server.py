"""An HTTP server on 127.0.0.1 that replays a script of responses, for retry and IMDS tests.

Usage: python3 scripted_server.py SCRIPT.json
Prints the chosen port on the first line of stdout, then serves until killed.
The script is a JSON list; each request takes the next entry (the last one repeats):
  {"status": 500, "body": "...", "headers": {"Name": "value"}}  answer
  {"drop": true}                                             close without answering
GET /__requests returns the requests served so far as JSON (method, path, lowercased headers, body).
"""
import json
import signal
import socketserver
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

# A parent that spawns from a thread with signals blocked passes that mask on; unblock so
# SIGTERM stops the server.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])

script = json.load(open(sys.argv[1]))
served = []
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        if self.path == "/__requests":
            payload = json.dumps(served).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        with lock:
            served.append({"method": self.command, "path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            entry = script[min(len(served) - 1, len(script) - 1)]
        if entry.get("drop"):
            self.close_connection = True
            self.connection.shutdown(2)
            return
        payload = entry.get("body", "").encode()
        self.send_response(entry.get("status", 200))
        for name, value in entry.get("headers", {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any


class Server(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
