"""The police databases and the requests for assistance in a real browser: an operator records a
stolen passport and finds it, and a request goes from one agency to another and is answered."""

import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_console import sign_in


def test_an_operator_records_a_stolen_passport_and_finds_it(browser, base_url, shot):
    number = "K" + str(time.time_ns())[-7:]
    sign_in(browser, base_url, "ncb-in.operator")
    browser.find_element(By.LINK_TEXT, "Databases").click()
    browser.find_element(By.ID, "kind-documents").click()
    browser.find_element(By.ID, "new-record").click()
    browser.find_element(By.ID, "record-number").send_keys(number)
    Select(browser.find_element(By.ID, "record-status")).select_by_value("stolen")
    browser.find_element(By.ID, "record-eventDate").send_keys("2025-11")
    browser.find_element(By.ID, "record-eventPlace").send_keys("Kochi airport")
    assert browser.find_element(By.ID, "record-issuingCountry").get_attribute("value") == "IN"
    assert browser.find_element(By.ID, "retainUntil").get_attribute("value"), "the default end of retention is shown"
    shot(browser, "20-record-form")
    browser.find_element(By.CSS_SELECTOR, "form.record-form button[type=submit]").click()
    heading = WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.ID, "record-heading")))
    assert heading.text == number
    assert "Recorded" in browser.find_element(By.ID, "history-table").text
    shot(browser, "21-record")

    browser.get(base_url + "/records/documents")
    browser.find_element(By.ID, "search-number").send_keys(number.lower())
    Select(browser.find_element(By.ID, "search-purpose")).select_by_value("border-control")
    browser.find_element(By.CSS_SELECTOR, "form[role=search] button[type=submit]").click()
    results = WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.ID, "record-results")))
    assert number in results.text
    shot(browser, "22-record-search")


def test_a_request_is_answered_across_two_agencies(browser, second_browser, base_url, shot):
    subject = f"Locate BAUER Jonas, seen in Dover {time.time_ns()}"
    sign_in(browser, base_url, "ncb-de.operator")
    browser.find_element(By.LINK_TEXT, "Requests").click()
    browser.find_element(By.ID, "new-request").click()
    Select(browser.find_element(By.ID, "receiver")).select_by_value("ncb-gb")
    Select(browser.find_element(By.ID, "type")).select_by_value("locate-person")
    Select(browser.find_element(By.ID, "priority")).select_by_value("urgent")
    browser.find_element(By.ID, "subject").send_keys(subject)
    browser.find_element(By.ID, "details").send_keys("Wanted for armed robbery in Munich; boarded a ferry to Dover on Monday.")
    Select(browser.find_element(By.ID, "purpose")).select_by_value("locating-person")
    shot(browser, "23-request-form")
    browser.find_element(By.CSS_SELECTOR, "form.request-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.ID, "request-subject")))
    request_page = browser.current_url

    sign_in(second_browser, base_url, "ncb-gb.operator")
    second_browser.get(base_url + "/requests")
    column = second_browser.find_element(By.CSS_SELECTOR, ".board-column.status-new")
    card = next(card for card in column.find_elements(By.CSS_SELECTOR, ".request-card") if subject in card.text)
    countdown = card.find_element(By.CSS_SELECTOR, "time.countdown")
    assert countdown.get_attribute("data-due")
    assert countdown.text.startswith("Due in")
    assert "From ncb-de" in card.text
    shot(second_browser, "24-request-board")

    card.find_element(By.LINK_TEXT, subject).click()
    for step in ("accept", "start"):
        WebDriverWait(second_browser, 10).until(seen.element_to_be_clickable((By.ID, f"act-{step}"))).click()
    answer = "He stays at the Seaview guest house in Dover, room 12."
    WebDriverWait(second_browser, 10).until(seen.presence_of_element_located((By.ID, "answer"))).send_keys(answer)
    second_browser.find_element(By.ID, "act-answer").click()
    WebDriverWait(second_browser, 10).until(lambda driver: answer in driver.find_element(By.ID, "request-timeline").text)
    shot(second_browser, "25-request-answered")

    browser.get(request_page)
    assert answer in browser.find_element(By.ID, "request-timeline").text
    browser.find_element(By.ID, "act-close").click()
    WebDriverWait(browser, 10).until(lambda driver: "Closed" in driver.find_element(By.CSS_SELECTOR, ".status-label").text)
    browser.get(base_url + "/requests/metrics")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart")) == 2
    shot(browser, "26-request-metrics")
