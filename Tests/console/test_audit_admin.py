"""Audit, administration and the language saved per user, in a real browser: an auditor verifies
the ledger and filters the access log, an administrator creates an API key and sees its secret
once, and a user's French survives signing out and in again."""

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_console import PASSWORD, sign_in


def screen_a_passport(base_url, username):
    """A screening through the API, so that the access log has an entry of this user's."""
    token = requests.post(f"{base_url}/api/v1/auth/login", json={"username": username, "password": PASSWORD}, timeout=10).json()["token"]
    answer = requests.post(f"{base_url}/api/v1/screen", headers={"Authorization": f"Bearer {token}"}, timeout=10,
                           json={"purpose": "border-control", "document": {"number": "Z4567890", "issuingCountry": "IN"}})
    assert answer.status_code == 200, answer.text


def test_the_auditor_verifies_the_ledger_and_filters_the_access_log(browser, base_url, shot):
    screen_a_passport(base_url, "ncb-de.frontline")
    sign_in(browser, base_url, "gs.auditor")
    browser.find_element(By.CSS_SELECTOR, "nav a[href='/audit']").click()
    assert browser.find_element(By.ID, "tree-size").text
    browser.find_element(By.ID, "verify").click()
    verification = WebDriverWait(browser, 20).until(seen.presence_of_element_located((By.ID, "verification")))
    assert "intact" in verification.text
    assert int(browser.find_element(By.ID, "entries-checked").text.replace(",", "")) > 0
    shot(browser, "30-audit-verify")

    browser.get(base_url + "/audit/access")
    browser.find_element(By.ID, "user").send_keys("ncb-de.frontline")
    browser.find_element(By.ID, "apply-filters").click()
    log = WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.ID, "access-log")))
    rows = log.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert rows and all("ncb-de.frontline" in row.text for row in rows)
    assert any("Screening" in row.text for row in rows)
    shot(browser, "31-audit-access-log")


def test_the_admin_creates_an_api_key_and_sees_it_once(browser, base_url, shot):
    sign_in(browser, base_url, "admin")
    browser.find_element(By.CSS_SELECTOR, "nav a[href='/admin']").click()
    browser.find_element(By.CSS_SELECTOR, "a.tile[href='/admin/api-keys']").click()
    browser.find_element(By.ID, "key-name").send_keys("Kochi airport gate 2")
    Select(browser.find_element(By.ID, "key-agency")).select_by_value("ncb-in")
    browser.find_element(By.ID, "scope-screen").click()
    browser.find_element(By.ID, "create-key").click()
    secret = WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.ID, "secret"))).get_attribute("value")
    assert secret
    shot(browser, "32-admin-api-key-once")

    me = requests.get(f"{base_url}/api/v1/me", headers={"Authorization": f"ApiKey {secret}"}, timeout=10)
    assert me.status_code == 200 and me.json()["scopes"] == ["screen"]
    browser.get(base_url + "/admin/api-keys")
    assert "Kochi airport gate 2" in browser.page_source
    assert secret not in browser.page_source


def test_a_user_chooses_french_and_it_survives_signing_out_and_in(browser, base_url, shot):
    sign_in(browser, base_url, "ncb-it.operator")
    browser.find_element(By.CSS_SELECTOR, "nav a[href='/settings']").click()
    browser.find_element(By.ID, "language-fr").click()
    browser.find_element(By.ID, "save-language").click()
    WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.ID, "settings-saved")))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    shot(browser, "33-settings-french")

    browser.find_element(By.CSS_SELECTOR, "form.sign-out button[type=submit]").click()
    WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.NAME, "username")))
    browser.delete_all_cookies()  # as if from another browser: only the account remembers
    sign_in(browser, base_url, "ncb-it.operator")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert "Tableau de bord" in browser.page_source
    shot(browser, "34-french-after-signing-in-again")
