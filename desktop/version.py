"""The version of XunCha: the one place it is written (pyproject reads it)."""

VERSION = "0.1.0"
