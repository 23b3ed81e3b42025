"""The server the contract tests talk to, shared by every test module.

Each module gets its own `liaison serve --demo` (the debug build) on a free port with an empty
data folder, so no module sees another's data. Set LIAISON_CONTRACT_DATABASE_URL to run the
server on PostgreSQL instead.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "liaison"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve():
    """Starts `liaison serve --demo` and yields its URL and process; stops it (SIGTERM) after."""
    assert BINARY.exists(), f"build the server first: swift build ({BINARY} is missing)"
    port = free_port()
    data = tempfile.mkdtemp(prefix="liaison-contract-")
    command = [str(BINARY), "serve", "--demo", "--port", str(port), "--data", data, "--log-level", "warning"]
    env = {k: v for k, v in os.environ.items() if k != "LIAISON_DATABASE_URL"}
    if os.environ.get("LIAISON_CONTRACT_DATABASE_URL"):
        command += ["--database", os.environ["LIAISON_CONTRACT_DATABASE_URL"]]
    log = open(os.path.join(data, "server.log"), "w")
    server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, "the server exited: " + Path(data, "server.log").read_text()
            try:
                if requests.get(url + "/health", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "the server did not answer /health within 60 s"
            time.sleep(0.2)
        yield url, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="module")
def base_url():
    with serve() as (url, _):
        yield url


@pytest.fixture
def own_server():
    """A server of the test's own, for a test that stops it: its URL and process."""
    with serve() as started:
        yield started
