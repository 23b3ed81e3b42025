"""The web console in a real browser: sign-in, the Arabic layout, screening a passport and a
message arriving live between two agencies."""

import json
import time
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "liaison-demo"
MRZ = "P<INDMENON<<ARJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<\nZ4567890<6IND8503127M3201141<<<<<<<<<<<<<<00"


def sign_in(driver, base_url, username):
    driver.get(base_url + "/")
    assert driver.current_url.endswith("/sign-in")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form[action='/sign-in'] button[type=submit]").click()
    WebDriverWait(driver, 10).until(seen.presence_of_element_located((By.CSS_SELECTOR, ".tiles")))


def test_an_operator_signs_in_and_sees_the_dashboard(browser, base_url, shot):
    browser.get(base_url + "/")
    shot(browser, "01-sign-in")
    sign_in(browser, base_url, "ncb-in.operator")
    assert browser.find_element(By.ID, "tile-unread").is_displayed()
    assert "ncb-in.operator" in browser.find_element(By.CSS_SELECTOR, ".who").text
    shot(browser, "02-dashboard")


def test_the_arabic_interface_reads_right_to_left(browser, base_url, shot):
    sign_in(browser, base_url, "ncb-in.operator")
    browser.get(base_url + "/?lang=ar")
    html = browser.find_element(By.TAG_NAME, "html")
    assert html.get_attribute("dir") == "rtl"
    assert html.get_attribute("lang") == "ar"
    shot(browser, "03-dashboard-arabic")
    browser.get(base_url + "/messages")  # the choice is remembered
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"


def test_an_officer_screens_a_passport_and_sees_the_hit(browser, base_url, shot):
    sign_in(browser, base_url, "ncb-de.frontline")
    browser.get(base_url + "/screening")
    browser.find_element(By.ID, "mrz").send_keys(MRZ)
    shot(browser, "04-screening-form")
    browser.find_element(By.CSS_SELECTOR, "form[action='/screening'] button[type=submit]").click()
    hit = WebDriverWait(browser, 10).until(seen.presence_of_element_located((By.CSS_SELECTOR, "article.hit")))
    assert "document" in hit.text.lower()
    shot(browser, "05-screening-hit")


def test_two_agencies_exchange_a_message_live(browser, second_browser, base_url, shot):
    sign_in(browser, base_url, "ncb-in.operator")
    browser.get(base_url + "/messages")
    WebDriverWait(browser, 10).until(lambda driver: driver.execute_script("return document.readyState") == "complete")
    time.sleep(1)  # the event stream connects

    subject = f"Sighting of MENON Arjun at Kochi airport {time.time_ns()}"
    sign_in(second_browser, base_url, "ncb-de.operator")
    second_browser.get(base_url + "/messages")
    second_browser.find_element(By.ID, "to").send_keys("ncb-in")
    second_browser.find_element(By.ID, "subject").send_keys(subject)
    second_browser.find_element(By.ID, "body").send_keys("Please confirm whether he boarded the flight to Frankfurt.")
    shot(second_browser, "06-compose")
    second_browser.find_element(By.CSS_SELECTOR, "form[method='post'][action='/messages'] button[type=submit]").click()
    WebDriverWait(second_browser, 10).until(seen.presence_of_element_located((By.CSS_SELECTOR, "article.message")))
    assert subject in second_browser.find_element(By.CSS_SELECTOR, "article.message").text
    shot(second_browser, "07-sent")
    second_browser.get(base_url + "/messages/sent")
    assert subject in second_browser.find_element(By.TAG_NAME, "main").text

    # The recipient's inbox, not reloaded, shows it.
    WebDriverWait(browser, 15).until(
        lambda driver: subject in driver.find_element(By.ID, "inbox-table").text)
    shot(browser, "08-arrived-live")


def test_the_dashboard_counts_a_new_message_without_reloading(browser, base_url, shot):
    sign_in(browser, base_url, "ncb-za.operator")
    WebDriverWait(browser, 10).until(lambda driver: driver.execute_script("return document.readyState") == "complete")
    unread = browser.find_element(By.CSS_SELECTOR, "#tile-unread .count")
    before = int(unread.text)
    time.sleep(1)  # the event stream connects

    login = urllib.request.Request(base_url + "/api/v1/auth/login", method="POST", headers={"Content-Type": "application/json"},
                                   data=json.dumps({"username": "ncb-jp.operator", "password": PASSWORD}).encode())
    token = json.load(urllib.request.urlopen(login, timeout=10))["token"]
    message = {"to": ["ncb-za"], "subject": "Abalone shipment in Durban", "body": "Container TGHU 884211.", "handling": "TLP:AMBER"}
    send = urllib.request.Request(base_url + "/api/v1/messages", method="POST", data=json.dumps(message).encode(),
                                  headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})
    assert urllib.request.urlopen(send, timeout=10).status == 201

    WebDriverWait(browser, 15).until(
        lambda driver: driver.find_element(By.CSS_SELECTOR, "#tile-unread .count").text == str(before + 1))
    shot(browser, "09-dashboard-live-count")
