"""Notices in a real browser: an operator drafts a Red Notice and sees a compliance finding appear
while typing, the bureau's supervisor submits it, a General Secretariat reviewer publishes it from
the review queue, and the public extract preview shows what the public website now serves."""

import json
import time

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_console import sign_in


def wait(driver, seconds=10):
    # A condition may read an element of the page a click is replacing: try again on the new one.
    return WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException])


def type_into(driver, element_id, text):
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


def switch_user(driver, base_url, username):
    driver.delete_all_cookies()
    sign_in(driver, base_url, username)


def test_a_red_notice_goes_from_draft_to_publication(browser, base_url, shot):
    family = f"KARIMOV{time.time_ns() % 100000}"
    sign_in(browser, base_url, "ncb-in.operator")
    browser.find_element(By.CSS_SELECTOR, "nav a[href='/notices']").click()
    browser.find_element(By.CSS_SELECTOR, "a[href='/notices/new']").click()
    browser.find_element(By.CSS_SELECTOR, "a[href='/notices/new?kind=red']").click()
    wait(browser).until(seen.presence_of_element_located((By.ID, "notice-form")))

    type_into(browser, "family-0", family)
    type_into(browser, "given-0", "RUSTAM")
    type_into(browser, "dateOfBirth", "1984-02-29")
    type_into(browser, "nationalities", "UZ")
    type_into(browser, "offenceDescription-0", "Insulting the President of the Republic in a newspaper article")
    # The finding appears while typing, before anything is saved.
    wait(browser).until(lambda driver: "ART3_POLITICAL" in driver.find_element(By.ID, "notice-check").text)
    assert "Article 3" in browser.find_element(By.CSS_SELECTOR, "#notice-check .finding").text
    shot(browser, "10-notice-draft-finding")

    # The operator corrects the draft: the charge, the penalty and the warrant it rests on.
    type_into(browser, "offenceDescription-0", "Armed robbery of a jewellery shop with firearms")
    type_into(browser, "offenceIccs-0", "0401")
    type_into(browser, "offencePenalty-0", "240")
    type_into(browser, "warrantCountry", "IN")
    type_into(browser, "warrantAuthority", "Chief Judicial Magistrate, Ernakulam")
    type_into(browser, "warrantReference", "CJM/EKM/2025/311")
    type_into(browser, "warrantDate", "2025-06-02")
    browser.find_element(By.ID, "publicExtract").click()
    wait(browser).until(lambda driver: "ART3_POLITICAL" not in driver.find_element(By.ID, "notice-check").text)
    wait(browser).until(seen.presence_of_element_located((By.CSS_SELECTOR, "#notice-check .no-findings")))
    browser.find_element(By.CSS_SELECTOR, "#notice-form button[type=submit]").click()
    status = wait(browser).until(seen.presence_of_element_located((By.ID, "notice-status")))
    assert status.get_attribute("class").endswith("notice-status-draft")
    notice_url = browser.current_url
    shot(browser, "11-notice-draft-saved")

    # The operator may not submit; the bureau's supervisor does.
    assert not browser.find_elements(By.ID, "submit-notice")
    switch_user(browser, base_url, "ncb-in.supervisor")
    browser.get(notice_url)
    browser.find_element(By.ID, "submit-notice").click()
    wait(browser).until(lambda driver: "notice-status-submitted" in driver.find_element(By.ID, "notice-status").get_attribute("class"))
    shot(browser, "12-notice-submitted")

    # A General Secretariat reviewer finds it in the review queue and publishes it, with grounds.
    switch_user(browser, base_url, "gs.reviewer")
    browser.get(base_url + "/notices/review")
    Select(browser.find_element(By.ID, "review-purpose")).select_by_value("criminal-investigation")
    browser.find_element(By.CSS_SELECTOR, "form[action='/notices/review'] button[type=submit]").click()
    queued = wait(browser).until(seen.presence_of_element_located((By.ID, "review-queue")))
    assert family in queued.text
    shot(browser, "13-notice-review-queue")
    queued.find_element(By.PARTIAL_LINK_TEXT, notice_url.split("/notices/")[1].split("?")[0].replace("-", "/")).click()
    type_into(browser, "decision-grounds", "A serious ordinary-law crime; warrant and identifiers complete.")
    browser.find_element(By.CSS_SELECTOR, "button.decision-publish").click()
    wait(browser).until(lambda driver: "notice-status-published" in driver.find_element(By.ID, "notice-status").get_attribute("class"))
    history = browser.find_element(By.ID, "history-table").text
    assert "gs.reviewer" in history and "ncb-in.supervisor" in history
    shot(browser, "14-notice-published")

    # The preview shows the public extract, and the public API serves the same.
    preview = browser.find_element(By.ID, "extract-preview")
    browser.execute_script("arguments[0].scrollIntoView()", preview)
    assert json.loads(preview.text)["name"] == family
    shot(browser, "15-notice-public-extract")
    public_path = browser.find_element(By.CSS_SELECTOR, "section[aria-labelledby='notice-extract'] p a").get_attribute("href")
    browser.get(public_path)
    assert json.loads(browser.find_element(By.TAG_NAME, "body").text)["name"] == family
