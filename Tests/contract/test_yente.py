"""The yente-compatible matching API (`/match`, `/search`, `/entities`, `/catalog`, ...) with the
real `yente-client` package, as a tool built for OpenSanctions' yente would use it.

A demo supervisor of NCB Wiesbaden creates an API key with the `screen` scope through the REST
API; yente-client sends it as `Authorization: ApiKey <key>`. The key matches an Arabic name
against the demo's Latin record of Mohammed AL-RASHID (NCB Abu Dhabi) and gets the score
explained; without a purpose of its own, a screening key checks for `border-control`. The hit
reaches the record's owner. Against the server `conftest.py` starts.
"""

import pytest
import requests
from yente_client import AuthenticationError, BadRequestError, Client, NotFoundError, Person, Vehicle

PASSWORD = "liaison-demo"


def login(base_url, user):
    answer = requests.post(base_url + "/api/v1/auth/login", json={"username": user, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def screening_key(base_url, supervisor, scopes=("screen",)):
    answer = requests.post(base_url + "/api/v1/api-keys", json={"name": "yente tool", "scopes": list(scopes)},
                           headers={"Authorization": "Bearer " + login(base_url, supervisor)})
    assert answer.status_code == 201, answer.text
    return answer.json()["key"]


@pytest.fixture(scope="module")
def client(base_url):
    with Client(api_key=screening_key(base_url, "ncb-de.supervisor"), base_url=base_url, app_name="liaison-contract") as client:
        yield client


def test_health_readiness_algorithms_and_catalog(client):
    assert client.healthz().status == "ok"
    assert client.readyz().status == "ok"
    algorithms = client.algorithms()
    assert algorithms.best == algorithms.default == "liaison-screening"
    datasets = client.datasets()
    assert [d.name for d in datasets.datasets] == ["persons", "documents", "vehicles", "firearms", "liaison"]
    assert all(d.load and d.index_current for d in datasets.datasets) and not datasets.index_stale


def test_an_arabic_name_matches_the_latin_record_with_the_score_explained(client, base_url):
    response = client.match(Person(name="محمد الرشيد", birthDate="1979-08-14", nationality="ae"), datasets=["persons"])
    top = response.top
    assert top is not None, response
    assert top.caption == "Mohammed AL-RASHID" and top.schema_ == "Person" and top.datasets == ["persons"]
    assert top.match and top.score >= 0.8
    assert response.total.value >= 1 and response.query["properties"]["name"] == ["محمد الرشيد"]
    explained = top.contributing_explanations
    name = explained["name_match"].detail
    assert "محمد الرشيد" in name and "al rashid" in name.lower() and "Arabic transliteration" in name, name
    assert explained["dob_match"].score == 1 and explained["country_match"].score == 1

    # A stricter threshold keeps the result but no longer calls it a match; a cutoff drops it.
    assert not client.match(Person(name="محمد الرشيد"), threshold=0.999, datasets=["persons"]).matches
    assert client.match(Person(name="محمد الرشيد"), threshold=1, cutoff=1).results == []

    entity = client.fetch(top.id)
    assert entity.id == top.id and entity.properties["birthDate"] == ["1979-08-14"]
    found = client.search("al-rashid", datasets=["persons"])
    assert [r.id for r in found.results] == [top.id] and found.total.value == 1

    # NCB Abu Dhabi, the owner, is told at once who screened and why.
    events = requests.get(base_url + "/api/v1/events", headers={"Authorization": "Bearer " + login(base_url, "ncb-ae.operator")}).json()
    hits = [e["data"] for e in events["events"] if e["type"] == "record.hit"]
    assert any(h["screenerAgency"] == "ncb-de" and h["purpose"] == "border-control" for h in hits), hits


def test_a_stolen_vehicle_matches_by_its_plate(client):
    response = client.match(Vehicle(registrationNumber="B-AB 1234", country="de"), datasets=["vehicles"])
    assert response.top is not None and response.top.score == 0.9
    assert "plate" in response.top.explanations["identifier_match"].detail


def test_errors_reach_the_client_as_yente_errors(base_url, client):
    with Client(api_key="lak_not-a-key", base_url=base_url) as stranger:
        with pytest.raises(AuthenticationError):
            stranger.match(Person(name="Mohammed Al-Rashid"))
    with Client(api_key=screening_key(base_url, "ncb-fr.supervisor", ("messages",)), base_url=base_url) as messenger:
        with pytest.raises(AuthenticationError):
            messenger.match(Person(name="Mohammed Al-Rashid"))
    with pytest.raises(BadRequestError):
        client.match(Person(name="Mohammed Al-Rashid"), algorithm="logic-v1")
    with pytest.raises(NotFoundError):
        client.fetch("liaison-00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFoundError):
        client.search("x", datasets=["sanctions"])
