"""The words of privacy's refusals: one line each, naming the file or the store."""

from __future__ import annotations

import pytest

from exports.privacy.policy import EncryptionRequired
from storage.errors import StoreError, StoreProblem
from storage.store.encryption import WeakPassphrase
from ui import messages

PATH = "/media/usb/张伟-第47周.xlsx"


@pytest.mark.parametrize("error", [
    EncryptionRequired(PATH, "export"), EncryptionRequired(PATH, "import"),
    StoreError(StoreProblem.ENCRYPTED, PATH), StoreError(StoreProblem.WRONG_PASSPHRASE, PATH),
])
def test_each_is_one_line_naming_the_file(error: Exception) -> None:
    text = messages.describe(error)
    assert text and "\n" not in text and PATH in text


def test_a_weak_passphrase_says_how_long_it_must_be() -> None:
    assert "8" in (messages.describe(WeakPassphrase(8)) or "")
