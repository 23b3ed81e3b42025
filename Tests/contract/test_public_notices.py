"""The public notices API, held to INTERPOL's contract with the generated client `de-interpol`.

Against the real server (`.build/debug/liaison serve --demo`, started by `conftest.py` on a free
port and an empty data folder), creates its own notices through the authenticated JSON API
(public and non-public ones), then reads them back as the public does: the Red endpoints through
de-interpol, Yellow, UN and the pictures with `requests`. The demo network comes with notices of
its own: the public lists are held to what the authenticated API says is published and public,
and the filters to the test's own notices beside those that were public before. Set
LIAISON_CONTRACT_DATABASE_URL to run against PostgreSQL.
"""

import base64
import datetime
import struct
import zlib

import pytest
import requests
from deutschland import interpol
from deutschland.interpol.api import default_api
from deutschland.interpol.exceptions import ApiException

PASSWORD = "liaison-demo"

# ---------------------------------------------------------------------------------------------
# Test data, created through the authenticated API


def png(red, green, blue):
    """A valid 2x2 PNG of one colour."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes([red, green, blue]) * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


RED_PICTURE, BLUE_PICTURE, GREEN_PICTURE = png(200, 0, 0), png(0, 0, 200), png(0, 160, 0)


def photo(data, content_type="image/png"):
    return {"contentType": content_type, "data": base64.b64encode(data).decode()}


def person(names, dob=None, sex=None, nationalities=(), **more):
    subject = {"type": "person", "names": [{"family": f, "given": g} for f, g in names]}
    if dob:
        subject["dateOfBirth"] = dob
    if sex:
        subject["sex"] = sex
    if nationalities:
        subject["nationalities"] = list(nationalities)
    subject.update(more)
    return subject


def red(subject, offence, country="IN", public=True):
    return {
        "kind": "red",
        "subject": subject,
        "offences": [{"description": offence, "iccs": "0401", "maxPenaltyMonths": 180}],
        "warrant": {"issuingCountry": country, "authority": "Chief Judicial Magistrate", "reference": f"W/{offence[:8]}",
                    "date": "2025-01-10"},
        "publicExtract": public,
    }


class Liaison:
    def __init__(self, base_url):
        self.base_url = base_url
        self.tokens = {}

    def call(self, user, method, path, body=None):
        if user not in self.tokens:
            answer = requests.post(self.base_url + "/api/v1/auth/login", json={"username": user, "password": PASSWORD})
            assert answer.status_code == 200, answer.text
            self.tokens[user] = answer.json()["token"]
        answer = requests.request(method, self.base_url + path, json=body,
                                  headers={"Authorization": "Bearer " + self.tokens[user]})
        assert answer.status_code in (200, 201), f"{method} {path}: {answer.status_code} {answer.text}"
        return answer.json()

    def draft(self, ncb, notice):
        return self.call(f"ncb-{ncb}.operator", "POST", "/api/v1/notices", notice)["id"].replace("/", "-")

    def submit(self, ncb, notice_id):
        return self.call(f"ncb-{ncb}.supervisor", "POST", f"/api/v1/notices/{notice_id}/submit")

    def decide(self, notice_id, decision):
        return self.call("gs.reviewer", "POST", f"/api/v1/notices/{notice_id}/decision",
                         {"decision": decision, "grounds": f"{decision}: reviewed for the contract test"})

    def publish(self, ncb, notice):
        notice_id = self.draft(ncb, notice)
        self.submit(ncb, notice_id)
        assert self.decide(notice_id, "publish")["status"] == "published"
        return notice_id


class Notices:
    """The notices the test made, by what they should look like in public."""


def public_ids(base_url, path, **query):
    """Every notice number a public list shows, through every page."""
    found, page = [], 1
    while True:
        answer = requests.get(f"{base_url}/notices/v1/{path}", params={**query, "resultPerPage": 50, "page": page})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        found += [n["entity_id"].replace("/", "-") for n in body["_embedded"]["notices"]]
        if "next" not in body["_links"]:
            assert len(found) == body["total"] == len(set(found))
            return set(found)
        page += 1


@pytest.fixture(scope="module")
def before(base_url):
    """What the public lists showed before the test made its notices (the demo network's)."""
    return {path: public_ids(base_url, path) for path in ("red", "yellow", "un")}


@pytest.fixture(scope="module")
def published(base_url, notices):
    """What should be public by the authenticated API's account: published Red and Yellow Notices
    with a public extract, and published UN Special Notices."""
    listed = Liaison(base_url).call("ncb-de.analyst", "GET", "/api/v1/notices?purpose=analysis&status=published&limit=500")["notices"]
    assert len(listed) < 500
    return {path: {n["id"].replace("/", "-") for n in listed
                   if n["kind"] == path and (path == "un" or n["notice"].get("publicExtract") is True)}
            for path in ("red", "yellow", "un")}


@pytest.fixture(scope="module")
def notices(base_url, before):
    liaison = Liaison(base_url)
    n = Notices()
    n.petrov = liaison.publish("in", red(
        person([("PETROV", "IVAN"), ("Петров", "Иван")], "1980-05-17", "M", ["RU"],
               photos=[photo(RED_PICTURE), photo(BLUE_PICTURE), photo(b"<script>alert(1)</script>", "text/html")],
               placeOfBirth="Saint Petersburg", heightCm=181, weightKg=80),
        "Armed robbery of a bank"))
    n.muller = liaison.publish("in", red(person([("Müller", "Jürgen")], "1975-03", "M", ["DE"]), "Money laundering and fraud"))
    n.garcia = liaison.publish("de", red(
        person([("GARCÍA LÓPEZ", "María José")], "1990", "F", ["ES", "MX"], photos=[photo(GREEN_PICTURE)]),
        "Drug trafficking", country="DE"))
    n.zhang = liaison.publish("in", red(person([("ZHANG", "WEI"), ("张", "伟")], "2001-11-30", "U", ["CN"]), "Cyber fraud against a bank"))
    n.okafor = liaison.publish("in", red(person([("OKAFOR", "CHINEDU")], "1985-01-01", "M", ["NG"]), "Human trafficking"))
    n.smith = liaison.publish("in", red(person([("SMITH", "JOHN")], "1960-07-04", "M", ["GB"]), "Murder"))
    n.kowalska = liaison.publish("in", red(person([("KOWALSKA", "ANNA")], "1995-12-12", "F", ["PL"]), "Kidnapping"))
    n.public_red = [n.petrov, n.muller, n.garcia, n.zhang, n.okafor, n.smith, n.kowalska]

    # Never public: no consent, a draft, a refusal, a cancellation, a diffusion.
    n.hidden = liaison.publish("in", red(person([("HIDDEN", "HAROLD")], "1970-01-01", "M", ["RU"]), "Armed robbery", public=False))
    n.draft = liaison.draft("in", red(person([("DRAFTY", "DAN")], "1970-01-01", "M", ["RU"]), "Armed robbery of a bank"))
    n.refused = liaison.draft("in", red(person([("REFUSED", "RITA")], "1970-01-01", "F", ["RU"]), "Armed robbery of a bank"))
    liaison.submit("in", n.refused)
    assert liaison.decide(n.refused, "refuse")["status"] == "refused"
    n.cancelled = liaison.publish("in", red(person([("CANCELLED", "CARL")], "1970-01-01", "M", ["RU"]), "Armed robbery of a bank"))
    liaison.call("ncb-in.supervisor", "POST", f"/api/v1/notices/{n.cancelled}/cancel", {"reason": "arrested"})
    diffusion = red(person([("DIFFUSED", "DORA")], "1970-01-01", "F", ["RU"]), "Armed robbery of a bank", public=False)
    del diffusion["publicExtract"]
    diffusion.update(kind="diffusion", diffusion={"purpose": "red", "recipients": ["DE"]})
    n.diffusion = liaison.draft("in", diffusion)
    assert liaison.submit("in", n.diffusion)["status"] == "published"

    n.yellow = liaison.publish("in", {
        "kind": "yellow", "publicExtract": True,
        "subject": person([("MISSING", "MEERA")], "2010-02-03", "F", ["IN"], heightCm=140, photos=[photo(BLUE_PICTURE)]),
        "missing": {"date": "2025-06-01", "place": "Kochi", "country": "IN"},
    })
    n.un_person = liaison.publish("de", {
        "kind": "un",
        "subject": person([("SANCTIONED", "SAMI"), ("مُعاقَب", "سامي")], "1970", "M", ["AF"]),
        "sanction": {"reference": "TAi.001", "resolution": "1988 (2011)"},
    })
    n.un_entity = liaison.publish("de", {
        "kind": "un",
        "subject": {"type": "entity", "name": "Northern Ledger Brigade", "aliases": ["NLB Holdings"],
                    "description": "Finances armed groups"},
        "sanction": {"reference": "QDe.777", "resolution": "2253 (2015)"},
    })
    n.never_public = [n.hidden, n.draft, n.refused, n.cancelled, n.diffusion]
    return n


# ---------------------------------------------------------------------------------------------
# Reading as the public does


@pytest.fixture(scope="module")
def api(base_url):
    client = interpol.ApiClient(interpol.Configuration(host=base_url))
    yield default_api.DefaultApi(client)
    client.close()


# de-interpol is generated by openapi-generator's python client, which cannot build a model with a
# property named `self` (OpenAPITools/openapi-generator#9006): every HAL `_links.self`, which the
# contract and INTERPOL both have, breaks its type checking. So the client reads with
# `_check_return_type=False`: it still parses the answer and builds the top-level model.
UNCHECKED = {"_check_return_type": False}

seen_ids = set()


def red_list(api, **query):
    page = api.notices_v1_red_get(**query, **UNCHECKED)
    notices = page.embedded["notices"]
    seen_ids.update(n["entity_id"].replace("/", "-") for n in notices)
    return page, notices


def red_ids(api, **query):
    page, notices = red_list(api, result_per_page=200, **query)
    assert page.total == len(notices)
    return {n["entity_id"].replace("/", "-") for n in notices}


def assert_problem(answer, status):
    assert answer.status_code == status, answer.text
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.json()["status"] == status


def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def possible_ages(dob, today):
    """The ages a person may have, from a date of birth known to the year, month or day."""
    parts = [int(p) for p in dob.split("-")]
    earliest = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    if len(parts) == 3:
        latest = earliest
    elif len(parts) == 2:
        latest = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - datetime.timedelta(days=1)
    else:
        latest = datetime.date(parts[0], 12, 31)
    return range(age(latest, today), age(earliest, today) + 1)


def test_the_lists_show_exactly_the_public_notices(api, notices, published, before, base_url):
    assert set(notices.public_red) <= published["red"] and not set(notices.never_public) & published["red"]
    assert published["red"] == before["red"] | set(notices.public_red)
    page, listed = red_list(api)
    assert page.total == len(published["red"])
    assert page.query == {"page": 1, "resultPerPage": 20}
    assert page.links["self"]["href"] == base_url + "/notices/v1/red?resultPerPage=20&page=1"
    assert red_ids(api) == published["red"]
    assert public_ids(base_url, "yellow") == published["yellow"] and notices.yellow in published["yellow"]
    assert public_ids(base_url, "un") == published["un"] and {notices.un_person, notices.un_entity} <= published["un"]

    newest = [n["entity_id"].replace("/", "-") for n in listed]
    assert newest == sorted(newest, reverse=True)
    petrov = red_list(api, name="petrov", forename="ivan", nationality="RU", result_per_page=200)[1]
    petrov = next(n for n in petrov if n["entity_id"] == notices.petrov.replace("-", "/"))
    assert set(petrov) == {"entity_id", "name", "forename", "date_of_birth", "nationalities", "_links"}
    assert (petrov["name"], petrov["forename"], petrov["date_of_birth"], petrov["nationalities"]) == ("PETROV", "IVAN", "1980/05/17", ["RU"])
    own = f"{base_url}/notices/v1/red/{notices.petrov}"
    assert petrov["_links"] == {"self": {"href": own}, "images": {"href": own + "/images"}, "thumbnail": {"href": own + "/images/1"}}


@pytest.mark.parametrize("query, expected", [
    ({"name": "petrov"}, ["petrov"]),
    ({"name": "Петров"}, ["petrov"]),
    ({"name": "ПЕТРОВ"}, ["petrov"]),
    ({"forename": "иван"}, ["petrov"]),
    ({"name": "MULLER"}, ["muller"]),
    ({"name": "müller", "forename": "jurgen"}, ["muller"]),
    ({"name": "garcia lopez"}, ["garcia"]),
    ({"forename": "MARIA JOSE"}, ["garcia"]),
    ({"name": "张"}, ["zhang"]),
    ({"name": "ivan"}, []),
    ({"nationality": "MX"}, ["garcia"]),
    ({"nationality": "ru", "sex_id": "M"}, ["petrov"]),
    ({"sex_id": "F"}, ["garcia", "kowalska"]),
    ({"sex_id": "U"}, ["zhang"]),
    ({"arrest_warrant_country_id": "DE"}, ["garcia"]),
    ({"arrest_warrant_country_id": "IN", "nationality": "GB"}, ["smith"]),
    ({"free_text": "bank"}, ["petrov", "zhang"]),
    ({"free_text": "ROBBERY Иван"}, ["petrov"]),
    ({"free_text": "Saint Petersburg"}, ["petrov"]),
    ({"free_text": "fraud müller"}, ["muller"]),
    ({"sex_id": "", "name": ""}, ["petrov", "muller", "garcia", "zhang", "okafor", "smith", "kowalska"]),
])
def test_filters(api, notices, before, query, expected):
    found = red_ids(api, **query)
    assert found - before["red"] == {getattr(notices, name) for name in expected}
    assert found <= before["red"] | set(notices.public_red)


def test_ages_follow_what_is_known_of_the_date_of_birth(api, notices, before):
    today = datetime.datetime.now(datetime.timezone.utc).date()
    births = {"petrov": "1980-05-17", "muller": "1975-03", "garcia": "1990", "zhang": "2001-11-30",
              "okafor": "1985-01-01", "smith": "1960-07-04", "kowalska": "1995-12-12"}
    for low, high in [(18, 30), (30, 40), (40, 55), (60, 120), (0, 20), (35, 35)]:
        expected = {getattr(notices, name) for name, dob in births.items()
                    if set(possible_ages(dob, today)) & set(range(low, high + 1))}
        assert red_ids(api, age_min=low, age_max=high) - before["red"] == expected, (low, high)
    assert red_ids(api, age_min=60) - before["red"] == {notices.smith}


def test_paging_reaches_every_result_with_true_totals(api, published, base_url):
    everything = published["red"]
    pages = (len(everything) + 1) // 2
    collected = []
    for number in range(1, pages + 2):
        page, listed = red_list(api, result_per_page=2, page=number)
        assert page.total == len(everything)
        assert page.query == {"page": number, "resultPerPage": 2}
        assert page.links["first"]["href"] == base_url + "/notices/v1/red?resultPerPage=2&page=1"
        assert page.links["last"]["href"] == f"{base_url}/notices/v1/red?resultPerPage=2&page={pages}"
        assert ("next" in page.links) == (number < pages)
        if number < pages:
            assert page.links["next"]["href"] == f"{base_url}/notices/v1/red?resultPerPage=2&page={number + 1}"
            assert len(listed) == 2
        collected += [n["entity_id"].replace("/", "-") for n in listed]
    assert len(collected) == len(set(collected)) and set(collected) == everything  # the page after the last is empty

    men = red_ids(api, sex_id="M")
    collected = []
    for number in range(1, len(men) + 1):
        page, listed = red_list(api, sex_id="M", result_per_page=1, page=number)
        assert page.total == len(men) and page.query == {"page": number, "resultPerPage": 1, "sexId": "M"}
        collected += [n["entity_id"].replace("/", "-") for n in listed]
    assert page.links["last"]["href"] == f"{base_url}/notices/v1/red?sexId=M&resultPerPage=1&page={len(men)}"
    assert sorted(collected) == sorted(men)


def test_details(api, notices, base_url):
    detail = api.notices_v1_red_notice_id_get(notices.petrov, **UNCHECKED)
    assert detail.entity_id == notices.petrov.replace("-", "/")
    assert (detail.name, detail.forename, detail.sex_id) == ("PETROV", "IVAN", "M")
    assert detail.date_of_birth == "1980/05/17" and detail.nationalities == ["RU"]
    assert detail.place_of_birth == "Saint Petersburg" and detail.height == 1.81 and detail.weight == 80
    assert detail.arrest_warrants == [{"issuing_country_id": "IN", "charge": "Armed robbery of a bank"}]
    assert detail.embedded == {"links": []}
    own = f"{base_url}/notices/v1/red/{notices.petrov}"
    assert detail.links == {"self": {"href": own}, "images": {"href": own + "/images"}, "thumbnail": {"href": own + "/images/1"}}

    assert api.notices_v1_red_notice_id_get(notices.muller, **UNCHECKED).date_of_birth == "1975/03"
    garcia = api.notices_v1_red_notice_id_get(notices.garcia, **UNCHECKED)
    assert garcia.date_of_birth == "1990" and garcia.nationalities == ["ES", "MX"] and garcia.sex_id == "F"
    assert garcia.arrest_warrants == [{"issuing_country_id": "DE", "charge": "Drug trafficking"}]
    assert "thumbnail" not in api.notices_v1_red_notice_id_get(notices.smith, **UNCHECKED).links


def test_images_are_served_as_images(api, notices, base_url):
    images = api.notices_v1_red_notice_id_images_get(notices.petrov, **UNCHECKED)
    own = f"{base_url}/notices/v1/red/{notices.petrov}"
    assert [i["picture_id"] for i in images.embedded["images"]] == ["1", "2"]  # the text/html "photo" is never published
    assert images.links == {"self": {"href": own + "/images"}, "notice": {"href": own}, "thumbnail": {"href": own + "/images/1"}}
    for image, expected in zip(images.embedded["images"], [RED_PICTURE, BLUE_PICTURE]):
        answer = requests.get(image["_links"]["self"]["href"])
        assert answer.status_code == 200 and answer.headers["Content-Type"] == "image/png"
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        assert answer.content == expected
    for missing in ["3", "4", "0", "x"]:
        assert_problem(requests.get(f"{own}/images/{missing}"), 404)
    assert api.notices_v1_red_notice_id_images_get(notices.smith, **UNCHECKED).embedded == {"images": []}


def test_nothing_else_is_public(api, notices, base_url):
    unknown = ["2026-99999", "1999-00001"]
    for notice_id in notices.never_public + unknown + [notices.yellow, notices.un_person]:  # the last two are no Red Notices
        for call in (api.notices_v1_red_notice_id_get, api.notices_v1_red_notice_id_images_get):
            with pytest.raises(ApiException) as refused:
                call(notice_id, **UNCHECKED)
            assert refused.value.status == 404
        assert_problem(requests.get(f"{base_url}/notices/v1/red/{notice_id}/images/1"), 404)
    for notice_id in notices.never_public + unknown + [notices.petrov]:
        for path in ["yellow", "un/persons", "un/entities"]:
            assert_problem(requests.get(f"{base_url}/notices/v1/{path}/{notice_id}"), 404)
            assert_problem(requests.get(f"{base_url}/notices/v1/{path}/{notice_id}/images"), 404)
    for malformed in ["abc", "2026-1", "20260-00001"]:
        assert_problem(requests.get(f"{base_url}/notices/v1/red/{malformed}"), 404)
    assert_problem(requests.get(f"{base_url}/notices/v1/un/persons/{notices.un_entity}"), 404)
    assert_problem(requests.get(f"{base_url}/notices/v1/un/entities/{notices.un_person}"), 404)
    assert_problem(requests.get(f"{base_url}/notices/v1/un/things/{notices.un_person}"), 404)
    stale = {"Authorization": "Bearer lia_stale"}  # public routes ignore a stale credential and answer as to anyone
    assert requests.get(f"{base_url}/notices/v1/red/{notices.petrov}", headers=stale).status_code == 200
    assert_problem(requests.get(f"{base_url}/notices/v1/red/{notices.hidden}", headers=stale), 404)


def test_no_listing_ever_showed_a_non_public_notice(notices, published):
    # Runs after the others (pytest keeps file order): every Red list answer they read is in `seen_ids`.
    assert seen_ids and seen_ids <= published["red"]
    assert not seen_ids & set(notices.never_public)


@pytest.mark.parametrize("query", [
    {"ageMin": "-1"}, {"ageMin": "abc"}, {"ageMax": "151"}, {"ageMin": "40", "ageMax": "30"},
    {"resultPerPage": "0"}, {"resultPerPage": "201"}, {"page": "0"}, {"page": "1.5"},
    {"nationality": "XX"}, {"nationality": "DEU"}, {"sexId": "Q"}, {"arrestWarrantCountryId": "1"}, {"name": "x" * 201},
])
def test_invalid_parameters_are_refused(base_url, query):
    answer = requests.get(base_url + "/notices/v1/red", params=query)
    assert_problem(answer, 400)
    assert {e["field"] for e in answer.json()["errors"]} == {next(iter(query))}


def test_the_client_sees_a_refusal_too(api):
    with pytest.raises(ApiException) as refused:
        api.notices_v1_red_get(result_per_page=1000, **UNCHECKED)
    assert refused.value.status == 400


def test_yellow_notices(notices, before, base_url):
    assert public_ids(base_url, "yellow") - before["yellow"] == {notices.yellow}
    assert public_ids(base_url, "yellow", name="missing", forename="MEERA", ageMax=30) - before["yellow"] == {notices.yellow}
    assert public_ids(base_url, "yellow", name="petrov") - before["yellow"] == set()
    detail = requests.get(f"{base_url}/notices/v1/yellow/{notices.yellow}").json()
    assert detail["name"] == "MISSING" and detail["date_of_birth"] == "2010/02/03" and detail["sex_id"] == "F"
    assert (detail["place"], detail["date_of_event"], detail["country"], detail["height"]) == ("Kochi", "2025/06/01", "IN", 1.4)
    assert "arrest_warrants" not in detail
    images = requests.get(detail["_links"]["images"]["href"]).json()
    picture = requests.get(images["_embedded"]["images"][0]["_links"]["self"]["href"])
    assert picture.content == BLUE_PICTURE and picture.headers["Content-Type"] == "image/png"


def test_un_special_notices(notices, before, base_url):
    mine = {notices.un_person, notices.un_entity}
    assert public_ids(base_url, "un") - before["un"] == mine
    assert public_ids(base_url, "un", unResolution=2253) - before["un"] == {notices.un_entity}
    assert public_ids(base_url, "un", unReference="tai.001") - before["un"] == {notices.un_person}
    assert public_ids(base_url, "un", name="ledger brigade") - before["un"] == {notices.un_entity}
    assert public_ids(base_url, "un", name="nlb holdings") - before["un"] == {notices.un_entity}
    assert public_ids(base_url, "un", name="معاقب") - before["un"] == {notices.un_person}  # Arabic vowel marks ignored
    assert_problem(requests.get(base_url + "/notices/v1/un", params={"unResolution": "x"}), 400)
    page = requests.get(base_url + "/notices/v1/un", params={"resultPerPage": 200}).json()
    links = {n["entity_id"].replace("/", "-"): n["_links"]["self"]["href"] for n in page["_embedded"]["notices"]}
    assert links[notices.un_person] == f"{base_url}/notices/v1/un/persons/{notices.un_person}"
    assert links[notices.un_entity] == f"{base_url}/notices/v1/un/entities/{notices.un_entity}"
    person = requests.get(links[notices.un_person]).json()
    assert (person["name"], person["forename"], person["date_of_birth"]) == ("SANCTIONED", "SAMI", "1970")
    assert (person["name_in_original_script"], person["un_reference"], person["un_resolution"]) == ("مُعاقَب", "TAi.001", 1988)
    entity = requests.get(links[notices.un_entity]).json()
    assert (entity["name"], entity["aliases"], entity["main_activity"]) == ("Northern Ledger Brigade", ["NLB Holdings"], "Finances armed groups")
    assert requests.get(links[notices.un_entity] + "/images").json()["_embedded"] == {"images": []}


def test_links_follow_the_host_the_client_used(notices, base_url):
    port = base_url.rsplit(":", 1)[1]
    answer = requests.get(f"http://localhost:{port}/notices/v1/red/{notices.petrov}").json()
    assert answer["_links"]["self"]["href"] == f"http://localhost:{port}/notices/v1/red/{notices.petrov}"
    proxied = requests.get(f"{base_url}/notices/v1/red/{notices.petrov}", headers={"X-Forwarded-Proto": "https"}).json()
    assert proxied["_links"]["self"]["href"] == f"https://127.0.0.1:{port}/notices/v1/red/{notices.petrov}"


def test_the_api_document_describes_the_public_routes(base_url):
    paths = requests.get(base_url + "/openapi.json").json()["paths"]
    for path in ["/notices/v1/red", "/notices/v1/red/{noticeID}", "/notices/v1/red/{noticeID}/images",
                 "/notices/v1/red/{noticeID}/images/{pictureID}", "/notices/v1/yellow/{noticeID}", "/notices/v1/un",
                 "/notices/v1/un/{noticeType}/{noticeID}", "/notices/v1/un/{noticeType}/{noticeID}/images"]:
        assert paths[path]["get"]["security"] == []
