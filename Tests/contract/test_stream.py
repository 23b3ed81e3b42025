"""The agencies' event stream over a WebSocket (`GET /api/v1/stream`), read with `websockets`.

Two agencies each hold a socket open: the General Secretariat (signed in with the subprotocols
`liaison.events` and `bearer.<token>`, as a browser would) and Germany's NCB (with the
`Authorization` header). A Red Notice that India submits and the General Secretariat publishes
reaches both as it happens. With the sockets closed, a second notice goes through; reconnecting
with the last id seen brings exactly the events missed, as `GET /api/v1/events` lists them, and
nothing twice. A handshake without a valid credential is refused with a 401 problem, and a
server that shuts down closes its sockets normally. Against the servers `conftest.py` starts.
"""

import json
import signal

import pytest
import requests
from websockets.exceptions import ConnectionClosedOK, InvalidStatus
from websockets.sync.client import connect

PASSWORD = "liaison-demo"
WAIT = 10  # seconds for a frame that should come


class API:
    def __init__(self, base_url):
        self.base_url = base_url
        self.socket_url = base_url.replace("http://", "ws://") + "/api/v1/stream"
        self.tokens = {}

    def token(self, user):
        if user not in self.tokens:
            answer = requests.post(self.base_url + "/api/v1/auth/login", json={"username": user, "password": PASSWORD})
            assert answer.status_code == 200, answer.text
            self.tokens[user] = answer.json()["token"]
        return self.tokens[user]

    def call(self, user, method, path, body=None):
        answer = requests.request(method, self.base_url + path, json=body,
                                  headers={"Authorization": "Bearer " + self.token(user)})
        assert answer.status_code in (200, 201), f"{method} {path}: {answer.status_code} {answer.text}"
        return answer.json()

    def events(self, user, after):
        return self.call(user, "GET", f"/api/v1/events?after={after}")["events"]

    def latest(self, user):
        """The id of the agency's latest event, reading through pages of 500."""
        cursor = 0
        while page := self.events(user, cursor):
            cursor = page[-1]["id"]
        return cursor

    def submit_notice(self, family):
        draft = self.call("ncb-in.operator", "POST", "/api/v1/notices", {
            "kind": "red",
            "subject": {"type": "person", "names": [{"family": family, "given": "ARJUN"}], "dateOfBirth": "1984-02-29",
                        "sex": "M", "nationalities": ["IN"]},
            "offences": [{"description": "Armed robbery of a bank with firearms", "iccs": "0401", "maxPenaltyMonths": 180}],
            "warrant": {"issuingCountry": "IN", "authority": "Chief Judicial Magistrate, Mumbai", "reference": f"W/{family}",
                        "date": "2025-01-10"},
            "publicExtract": False,
        })
        self.call("ncb-in.supervisor", "POST", f"/api/v1/notices/{path(draft['id'])}/submit")
        return draft["id"]

    def publish(self, notice):
        self.call("gs.reviewer", "POST", f"/api/v1/notices/{path(notice)}/decision",
                  {"decision": "publish", "grounds": "Compliant; published for the stream test."})

    def open_as_browser(self, user, after):
        """Signs in with subprotocols, as a browser's `new WebSocket(url, protocols)` must."""
        return connect(f"{self.socket_url}?after={after}", subprotocols=["liaison.events", "bearer." + self.token(user)],
                       open_timeout=WAIT)

    def open_with_header(self, user, after):
        return connect(f"{self.socket_url}?after={after}", additional_headers={"Authorization": "Bearer " + self.token(user)},
                       open_timeout=WAIT)


def path(notice):
    return notice.replace("/", "-")


def receive(socket, count):
    return [json.loads(socket.recv(timeout=WAIT)) for _ in range(count)]


def receive_until(socket, kind, notice, into):
    """Reads events, keeping each, until the one of `kind` about `notice`."""
    while True:
        event = json.loads(socket.recv(timeout=WAIT))
        into.append(event)
        if event["type"] == kind and event["object"] == f"notice:{notice}":
            return event


def assert_nothing_more(socket):
    with pytest.raises(TimeoutError):
        socket.recv(timeout=1)


@pytest.fixture(scope="module")
def api(base_url):
    return API(base_url)


def test_two_agencies_receive_events_live_and_catch_up_exactly_after_reconnecting(api):
    users = {"gs": "gs.reviewer", "de": "ncb-de.operator"}
    start = {agency: api.latest(user) for agency, user in users.items()}
    seen = {"gs": [], "de": []}

    with api.open_as_browser(users["gs"], start["gs"]) as gs, api.open_with_header(users["de"], start["de"]) as de:
        assert gs.subprotocol == "liaison.events"
        assert de.subprotocol is None
        notice = api.submit_notice("LIVE")
        receive_until(gs, "notice.submitted", notice, seen["gs"])
        api.publish(notice)
        published = receive_until(gs, "notice.published", notice, seen["gs"])
        receive_until(de, "notice.published", notice, seen["de"])
        gs.send(json.dumps({"type": "ack", "id": published["id"]}))
        de.send("a frame the server does not know, and ignores")
        assert_nothing_more(de)  # Germany is told of publications, not of submissions

    missed_notice = api.submit_notice("MISSED")
    api.publish(missed_notice)
    for agency, user in users.items():
        last = seen[agency][-1]["id"]
        missed = api.events(user, last)
        kinds = [event["type"] for event in missed if event["object"] == f"notice:{missed_notice}"]
        assert kinds == (["notice.submitted", "notice.published"] if agency == "gs" else ["notice.published"])
        with api.open_as_browser(user, last) as socket:
            caught_up = receive(socket, len(missed))
            assert caught_up == missed
            assert_nothing_more(socket)
        seen[agency] += caught_up
        # Both sockets together: every event of the agency since the start, once and in order.
        assert seen[agency] == api.events(user, start[agency])


@pytest.mark.parametrize("headers, subprotocols, status", [
    ({"Authorization": "Bearer lia_not-a-session"}, None, 401),
    ({}, None, 401),
    ({}, ["liaison.events", "bearer.lia_not-a-session"], 401),
])
def test_a_handshake_without_a_valid_credential_is_refused_with_a_problem(api, headers, subprotocols, status):
    with pytest.raises(InvalidStatus) as refused:
        connect(api.socket_url, additional_headers=headers, subprotocols=subprotocols, open_timeout=WAIT)
    response = refused.value.response
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/problem+json"
    assert json.loads(response.body)["status"] == status


def test_a_server_shutting_down_closes_its_sockets_normally(own_server):
    url, server = own_server
    api = API(url)
    with api.open_with_header("gs.reviewer", api.latest("gs.reviewer")) as socket:
        server.send_signal(signal.SIGTERM)
        with pytest.raises(ConnectionClosedOK) as closed:
            while True:
                socket.recv(timeout=WAIT)
        assert closed.value.rcvd.code == 1000
    assert server.wait(timeout=15) == 0
