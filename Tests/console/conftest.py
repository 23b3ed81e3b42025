"""The console's browser tests: a `liaison serve --demo` started as the contract tests start it,
and headless Chromium sessions (Debian's chromium and chromium-driver) driven by Selenium."""

import importlib.util
from pathlib import Path

import pytest
from selenium import webdriver

# The contract tests' way of starting the server, loaded under a name of its own.
_spec = importlib.util.spec_from_file_location("contract_server", Path(__file__).resolve().parents[1] / "contract" / "conftest.py")
contract_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(contract_server)
base_url = contract_server.base_url

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


def chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))


@pytest.fixture
def browser():
    """A fresh browser, with no cookies of another test's."""
    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture
def second_browser():
    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture
def shot():
    """Writes a screenshot of a step to Tests/console/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(driver, name):
        driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))

    return take
