"""The ledger's fixtures."""

from tests.ledger_helpers import place  # noqa: F401 - a fixture
